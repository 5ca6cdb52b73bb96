import { layoutFor } from "../../lib/scoring/aggregate";
import { diagnose } from "../../lib/scoring/diagnose";
import { singledOut } from "../../lib/scoring/testing/attacker";
import { publishedStatementGroups, whoCountsOn } from "../../lib/scoring/testing/published-groups";
import { hiddenPartnerCellShare, realisticScan } from "../../lib/scoring/testing/realistic-scan";

/**
 * How much anonymity costs on realistic scans (four partners of three to six
 * people, 5 % "weet niet"; testing/realistic-scan.ts), and whether it holds:
 * the share of partner cells (partner × statement) hidden; the share that must
 * be hidden because the partner has fewer answers on the statement than the
 * threshold; and the share of statements where the independent attacker
 * (testing/attacker.ts) can work out someone's answer from the published
 * figures (must be 0).
 */
export function benchDisclosure(seeds = 20): Record<string, string> {
  const percent = (value: number) => `${(value * 100).toFixed(2)} %`;
  let hidden = 0;
  let unavoidable = 0;
  let breaking = 0;
  let statements = 0;
  let worst = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const input = realisticScan(seed);
    const share = hiddenPartnerCellShare(input);
    hidden += share;
    worst = Math.max(worst, share);
    const statementIds = layoutFor(input).statements.map((statement) => statement.id);
    const small = input.partners.flatMap((partner) =>
      statementIds.filter(
        (id) =>
          input.respondents.filter(
            (respondent) => respondent.partnerId === partner.id && typeof respondent.answers[id] === "number",
          ).length < input.scan.anonymityThreshold,
      ),
    );
    unavoidable += small.length / (input.partners.length * statementIds.length);
    const index = new Map(input.respondents.map((respondent, at) => [respondent.id, at]));
    for (const { groups } of publishedStatementGroups(input, diagnose(input), whoCountsOn(input))) {
      statements += 1;
      const rows = groups.map((group) => group.map((id) => index.get(id) ?? -1));
      if (singledOut(input.respondents.length, rows, () => true).length > 0) breaking += 1;
    }
  }
  return {
    "realistic scans (seeds)": String(seeds),
    "partner cells hidden (mean)": percent(hidden / seeds),
    "partner cells hidden (worst scan)": percent(worst),
    "of which unavoidable (< threshold answers)": percent(unavoidable / seeds),
    "statements where an answer comes out": `${breaking} of ${statements} (${percent(breaking / statements)})`,
  };
}
