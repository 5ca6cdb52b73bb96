import { diagnose } from "../../scoring/diagnose";
import { buildScan } from "../../scoring/testing/scan-builder";
import type { Diagnosis } from "../../scoring/types";

/**
 * A scan for the export tests where two partners read a negatively worded
 * statement ("Eén of enkele partners bepalen in de praktijk de koers", people.dominance)
 * in opposite ways: the municipality fully disagrees (favourable), the care
 * group fully agrees (unfavourable). Each export must put the figure beside
 * the text in the text's own direction. Lives beside lib/export because the
 * library's own tests use it.
 */
export const REVERSED_ID = "people.dominance";

export function twoCampsDiagnosis(): Diagnosis {
  return diagnose(
    buildScan(
      "full",
      [
        { name: "Gemeente Apeldoorn", respondents: 3, profile: { level: 4, raw: { [REVERSED_ID]: 1 } } },
        { name: "Zorggroep Veluwezoom", respondents: 3, profile: { level: 3, raw: { [REVERSED_ID]: 5 } } },
        { name: "Woonstichting", respondents: 1, profile: { level: 2 } },
      ],
      { variation: false },
    ),
  );
}
