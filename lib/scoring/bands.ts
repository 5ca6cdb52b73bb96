import { AGREEMENT_LIMIT_POINTS, CLOSE_AGREEMENT_POINTS } from "./agreement";
import type { Band, Consensus } from "./types";

/**
 * Bands on the 0–100 scale. They follow the cut-offs of the Wilder
 * Collaboration Factors Inventory on its 1–5 scale: a mean of 4.0 or more is
 * a strength, below 3.0 a concern, in between it needs attention. On our
 * scale 4.0 is 75 and 3.0 is 50 (score = (mean − 1) / 4 × 100).
 */
export const STRENGTH_FROM = 75;
export const CONCERN_BELOW = 50;

export function bandFor(score: number): Band {
  if (score >= STRENGTH_FROM) return "strength";
  if (score < CONCERN_BELOW) return "concern";
  return "attention";
}

/**
 * How alike partners see a lens, from the average deviation of their lens
 * scores (see agreement.ts): within half the agreement limit they see it
 * alike, beyond the limit they see it differently; and a lens where many
 * statements are contested is not one of consensus, whatever its mean.
 */
export function consensusFor(partnerDeviation: number, contestedShare: number): Consensus {
  let level: Consensus =
    partnerDeviation > AGREEMENT_LIMIT_POINTS
      ? "conflict"
      : partnerDeviation > CLOSE_AGREEMENT_POINTS
        ? "mixed"
        : "consensus";
  if (contestedShare >= 0.5) level = "conflict";
  else if (contestedShare >= 0.25 && level === "consensus") level = "mixed";
  return level;
}

/** Two camps: at least a quarter of the answers on each side of the middle. */
export const CAMP_SHARE = 0.25;
/** A paradox leans to one side when its mean position is at least halfway to a pole. */
export const ONE_SIDED_FROM = 0.5;
