import type { LensId } from "../../../content";
import type { ScanInput } from "../input";
import { planForInput } from "./plan-for-input";

/**
 * The comments results may show: those of respondents whose answers the
 * disclosure plan releases, per lens, in alphabetical order. The order of
 * writing or submitting would tie a comment to whoever just submitted;
 * alphabetical order says nothing about who wrote what, or when.
 */
export type WrittenComment = { respondentId: string; lensId: LensId; text: string };

export function publishableComments(
  input: ScanInput,
  comments: readonly WrittenComment[],
  locale: string,
): Partial<Record<LensId, string[]>> {
  const { released } = planForInput(input);
  const byLens: Partial<Record<LensId, string[]>> = {};
  for (const comment of comments) {
    if (!released.has(comment.respondentId)) continue;
    byLens[comment.lensId] = [...(byLens[comment.lensId] ?? []), comment.text];
  }
  for (const texts of Object.values(byLens)) texts.sort((a, b) => a.localeCompare(b, locale));
  return byLens;
}
