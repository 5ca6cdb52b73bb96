/**
 * How far a figure lies on the unfavourable (or favourable) side of neutral,
 * as a severity from 0 to 1. Scores are favourable 0–100 (a negatively worded
 * statement turned around), so 50 is neutral: a mean of 3 on 1–5.
 *
 * A figure only counts once it is clearly away from neutral, below 40 or
 * above 60 (a mean below 2.6 or above 3.4 on 1–5): a scan where everything
 * sits near the middle is mediocre, not troubled. From there severity is the
 * distance from neutral, reaching 1 at 20 (a mean of 1.8), times how widely
 * the partners share it: a figure all partners share weighs fully, one that
 * rests on a single partner half as much.
 */
export const NEUTRAL = 50;
export const UNFAVOURABLE_BELOW = 40;
export const FAVOURABLE_ABOVE = 60;
/** The distance from neutral at which severity reaches 1 (on 0–100). */
const FULL_DISTANCE = 30;
/** A partner counts fully towards breadth at the threshold, and not at all at neutral. */
const BREADTH_RAMP = NEUTRAL - UNFAVOURABLE_BELOW;

export function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * The share of partners on the given side, each partner counting from 0 at
 * neutral to 1 at the threshold; with fewer than two partners shown the
 * breadth is unknown and counts as full.
 */
export function breadth(partnerValues: readonly number[], side: "low" | "high"): number {
  if (partnerValues.length < 2) return 1;
  const shares = partnerValues.map((value) =>
    clamp01((side === "low" ? NEUTRAL - value : value - NEUTRAL) / BREADTH_RAMP),
  );
  return shares.reduce((sum, share) => sum + share, 0) / shares.length;
}

/** Unfavourable: 0 from 40 up; otherwise the distance below neutral (⅓ at 40, 1 at 20) times breadth. */
export function lowSeverity(score: number, partnerValues: readonly number[]): number {
  if (score >= UNFAVOURABLE_BELOW) return 0;
  const depth = clamp01((NEUTRAL - score) / FULL_DISTANCE);
  return clamp01(depth * (0.5 + 0.5 * breadth(partnerValues, "low")));
}

/** Favourable, for counter-indications: the mirror image of lowSeverity. */
export function highSeverity(score: number, partnerValues: readonly number[]): number {
  if (score <= FAVOURABLE_ABOVE) return 0;
  const depth = clamp01((score - NEUTRAL) / FULL_DISTANCE);
  return clamp01(depth * (0.5 + 0.5 * breadth(partnerValues, "high")));
}
