import type { Variant } from "../../content";
import { type Item, itemsForVariant } from "./items";

/**
 * How long a respondent takes for a variant of an instrument version, from
 * its items: reading a statement and choosing on a five-point scale takes
 * about 9 seconds; a paradox position 15 (two poles to read and weigh), the
 * desired position after it 10, an openness or importance rating 6, a choice
 * between options 15; reading the welcome, the step introductions and the
 * review about two minutes. Rounded up to whole minutes: what the invitation
 * promises should not be too little.
 */
const SECONDS: Record<Item["kind"], number> = {
  statement: 9,
  "paradox-position": 15,
  "paradox-openness": 6,
  choice: 15,
  importance: 6,
};
const DESIRED_POSITION = 10;
const READING = 120;

export function estimateSeconds(variant: Variant, version: number): number {
  return itemsForVariant(variant, version).reduce(
    (total, item) =>
      total + (item.kind === "paradox-position" && item.measure === "desired" ? DESIRED_POSITION : SECONDS[item.kind]),
    READING,
  );
}

export function estimateMinutes(variant: Variant, version: number): number {
  return Math.ceil(estimateSeconds(variant, version) / 60);
}
