import { findLens, type Locale } from "../../content";
import type { Step } from "./steps";

/** The titles of the steps that are not a lens, in the user's language. */
export type StepNames = { paradoxes: string; background: string; review: string };

/** A step's title: the lens name, or the name of the paradoxes, background or review step. */
export function stepLabel(step: Step, locale: Locale, names: StepNames): string {
  switch (step.kind) {
    case "lens":
      return findLens(step.lensId)?.name[locale] ?? step.lensId;
    case "paradoxes":
      return names.paradoxes;
    case "background":
      return names.background;
    case "review":
      return names.review;
  }
}
