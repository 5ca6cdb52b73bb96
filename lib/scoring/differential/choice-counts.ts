import { contextQuestions } from "../../../content";
import { figurePlanner } from "../disclosure/figure-plan";
import type { DisclosurePlan } from "../disclosure/types";
import type { ScanInput } from "../input";

/**
 * How many released respondents chose each option of each choice question
 * (the trust mode, tenure), all respondents together: the diagnosis uses
 * them as evidence, never per group. Each question counts only the answers
 * its figure plan lets count (disclosure/figure-plan.ts), so that the counts
 * never change by a single person's choice between releases.
 */
export type ChoiceCounts = Record<string, { answered: number; byCode: Record<number, number> }>;

export function countChoices(input: ScanInput, plan: DisclosurePlan): ChoiceCounts {
  const counts: ChoiceCounts = {};
  const questions = contextQuestions.filter(
    (question) => question.askedOf === "respondent" && question.kind === "single-choice",
  );
  const planFor = figurePlanner(plan);
  for (const question of questions) {
    const byCode: Record<number, number> = {};
    let answered = 0;
    const { counted } = planFor(
      new Set(
        input.respondents
          .filter(
            (respondent) => plan.released.has(respondent.id) && typeof respondent.answers[question.id] === "number",
          )
          .map((respondent) => respondent.id),
      ),
    );
    for (const respondent of input.respondents) {
      if (!counted.has(respondent.id)) continue;
      const value = respondent.answers[question.id];
      if (typeof value !== "number") continue;
      byCode[value] = (byCode[value] ?? 0) + 1;
      answered++;
    }
    counts[question.id] = { answered, byCode };
  }
  return counts;
}
