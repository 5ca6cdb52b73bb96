import { instrument, ROLES, type Variant } from "../../content";
import { AGREEMENT_SCALE, itemsForVariant } from "../instrument/items";
import type { ScanInput } from "./input";

/**
 * A valid input for a variant of an instrument version (by default the
 * current one): three partners of three respondents each, every item
 * answered at the middle of its scale (a choice item gets the respondent's
 * role). A starting point for hand-made scenarios.
 */
export function templateInput(variant: Variant, version: number = instrument.version): ScanInput {
  const items = itemsForVariant(variant, version);
  const midpoint = (AGREEMENT_SCALE.min + AGREEMENT_SCALE.max) / 2;
  const partners = ["a", "b", "c"].map((letter) => ({
    id: `partner-${letter}`,
    name: `Partner ${letter.toUpperCase()}`,
  }));
  const respondents = partners.flatMap((partner) =>
    [0, 1, 2].map((index) => {
      const role = ROLES[index % ROLES.length] ?? "other";
      const answers: Record<string, number> = {};
      for (const item of items) {
        if (item.kind === "paradox-position") answers[item.id] = 0;
        else if (item.kind === "choice") answers[item.id] = item.question.options[index]?.code ?? 0;
        else answers[item.id] = midpoint;
      }
      return { id: `${partner.id}-respondent-${index + 1}`, partnerId: partner.id, role, release: null, answers };
    }),
  );
  return {
    instrument: { id: instrument.id, version },
    scan: {
      name: "Template",
      form: "undecided",
      phase: "functioning",
      variant,
      anonymityThreshold: 3,
      reportingMode: "group",
    },
    partners,
    respondents,
    releases: [],
  };
}
