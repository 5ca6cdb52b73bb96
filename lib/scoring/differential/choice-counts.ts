import { contextQuestions } from "../../../content";
import type { DisclosurePlan } from "../disclosure/types";
import type { ScanInput } from "../input";

/**
 * How many released respondents chose each option of each choice question
 * (the trust mode, tenure), all respondents together: the diagnosis uses
 * them as evidence, never per group.
 */
export type ChoiceCounts = Record<string, { answered: number; byCode: Record<number, number> }>;

export function countChoices(input: ScanInput, plan: DisclosurePlan): ChoiceCounts {
  const counts: ChoiceCounts = {};
  const questions = contextQuestions.filter(
    (question) => question.askedOf === "respondent" && question.kind === "single-choice",
  );
  for (const question of questions) {
    const byCode: Record<number, number> = {};
    let answered = 0;
    for (const respondent of input.respondents) {
      if (!plan.released.has(respondent.id)) continue;
      const value = respondent.answers[question.id];
      if (typeof value !== "number") continue;
      byCode[value] = (byCode[value] ?? 0) + 1;
      answered++;
    }
    counts[question.id] = { answered, byCode };
  }
  return counts;
}
