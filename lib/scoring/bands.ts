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
 * A difference between partners counts as significant above one third of the
 * scale: 33⅓ points on 0–100, i.e. more than 1⅓ steps on the 1–5 scale.
 */
export const SIGNIFICANT_GAP = 100 / 3;
/** Partners within 15 points of each other on a lens see it alike. */
export const CONSENSUS_WITHIN = 15;

export function consensusFor(range: number, contestedShare: number): Consensus {
  let level: Consensus = range > SIGNIFICANT_GAP ? "conflict" : range > CONSENSUS_WITHIN ? "mixed" : "consensus";
  if (contestedShare >= 0.5) level = "conflict";
  else if (contestedShare >= 0.25 && level === "consensus") level = "mixed";
  return level;
}

/** Two camps: at least a quarter of the answers on each side of the middle. */
export const CAMP_SHARE = 0.25;
/** A paradox leans to one side when its mean position is at least halfway to a pole. */
export const ONE_SIDED_FROM = 0.5;
/** Partners place a paradox significantly differently above one third of its −1…+1 range. */
export const SIGNIFICANT_POSITION_GAP = 2 / 3;
