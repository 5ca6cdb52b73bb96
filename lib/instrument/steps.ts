import type { LensId, Variant } from "../../content";
import { lenses } from "../../content";
import { type Item, itemsForVariant } from "./items";

/**
 * The questionnaire's steps: one per lens, then the paradoxes, then (in the
 * full scan) the background questions, then a review. The slug is the step's
 * address under /r/<token>/.
 */
export type Step =
  | { kind: "lens"; slug: LensId; lensId: LensId; items: Item[] }
  | { kind: "paradoxes"; slug: "paradoxen"; items: Item[] }
  | { kind: "background"; slug: "achtergrond"; items: Item[] }
  | { kind: "review"; slug: "controle"; items: Item[] };

// Derived from the content in the code, so every process builds the same steps: nothing to share.
const cache = new Map<string, Step[]>();

/** The steps of a variant as the scan's instrument version asks them. */
export function stepsFor(variant: Variant, version: number): readonly Step[] {
  const key = `${variant}:${version}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const items = itemsForVariant(variant, version);
  const steps: Step[] = [
    ...lenses.map(
      (lens): Step => ({
        kind: "lens",
        slug: lens.id,
        lensId: lens.id,
        items: items.filter((item) => item.kind === "statement" && item.lensId === lens.id),
      }),
    ),
    {
      kind: "paradoxes",
      slug: "paradoxen",
      items: items.filter((item) => item.kind === "paradox-position" || item.kind === "paradox-openness"),
    },
  ];
  const background = items.filter((item) => item.kind === "choice" || item.kind === "importance");
  if (background.length > 0) steps.push({ kind: "background", slug: "achtergrond", items: background });
  steps.push({ kind: "review", slug: "controle", items: [] });
  cache.set(key, steps);
  return steps;
}

export function findStep(variant: Variant, version: number, slug: string): Step | undefined {
  return stepsFor(variant, version).find((step) => step.slug === slug);
}

/** The first step with an unanswered item, or the review when everything is answered. */
export function firstOpenStep(
  variant: Variant,
  version: number,
  answers: Readonly<Record<string, number | null>>,
): Step {
  const steps = stepsFor(variant, version);
  const open = steps.find((step) => step.items.some((item) => !(item.id in answers)));
  return open ?? (steps[steps.length - 1] as Step);
}
