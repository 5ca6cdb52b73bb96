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

const cache = new Map<Variant, Step[]>();

export function stepsFor(variant: Variant): readonly Step[] {
  const cached = cache.get(variant);
  if (cached) return cached;
  const items = itemsForVariant(variant);
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
  cache.set(variant, steps);
  return steps;
}

export function findStep(variant: Variant, slug: string): Step | undefined {
  return stepsFor(variant).find((step) => step.slug === slug);
}

/** The first step with an unanswered item, or the review when everything is answered. */
export function firstOpenStep(variant: Variant, answers: Readonly<Record<string, number | null>>): Step {
  const steps = stepsFor(variant);
  const open = steps.find((step) => step.items.some((item) => !(item.id in answers)));
  return open ?? (steps[steps.length - 1] as Step);
}
