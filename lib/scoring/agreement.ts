/**
 * Whether a group agrees, by the average deviation index (Burke & Dunlap,
 * 2002): the mean absolute distance of the values from their mean. On a
 * c-point scale, an AD up to c/6 counts as agreement. We apply it to partner
 * means ("partners differ") and to individual answers ("two camps").
 *
 * On the 1–5 agreement scale c/6 = 5/6 ≈ 0.83, which on our 0–100 scale is
 * 20.8 points; on the paradoxes' −3…+3 scale (7 points) c/6 = 7/6, which on
 * the −1…+1 scale the diagnosis keeps is 0.39.
 */
export const AGREEMENT_LIMIT_POINTS = (5 / 6) * 25;
export const AGREEMENT_LIMIT_POSITION = 7 / 6 / 3;
/** The same limits for individual answers on their own scales: 1–5 (c = 5) and −3…+3 (c = 7). */
export const AGREEMENT_LIMIT_ANSWERS = 5 / 6;
export const AGREEMENT_LIMIT_POSITIONS = 7 / 6;
/** Partners agree closely below half the limit. */
export const CLOSE_AGREEMENT_POINTS = AGREEMENT_LIMIT_POINTS / 2;

export function averageDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return values.reduce((sum, value) => sum + Math.abs(value - mean), 0) / values.length;
}

/** The AD of individual answers from their counts per scale point (index 0 is the lowest point). */
export function averageDeviationOfCounts(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total < 2) return null;
  const mean = counts.reduce((sum, count, index) => sum + count * index, 0) / total;
  return counts.reduce((sum, count, index) => sum + count * Math.abs(index - mean), 0) / total;
}

/**
 * Whether partners' means disagree: their AD exceeds the limit, or one
 * partner stands apart from others who agree among themselves (an AD over
 * the whole group dilutes a single outlier: one partner a step and a half
 * below three who agree has an AD of only 0.56 on 1–5). Standing apart
 * means lying more than twice the limit from the others' mean (1.67 steps
 * on 1–5: a partner's mean rests on a few people, so less happens by
 * chance) while the others' own AD stays within half the limit.
 */
export function partnersDisagree(values: readonly number[], limit: number): boolean {
  const deviation = averageDeviation(values);
  if (deviation === null) return false;
  if (deviation > limit) return true;
  if (values.length < 3) return false;
  return values.some((value, index) => {
    const others = values.filter((_, at) => at !== index);
    const othersMean = others.reduce((sum, other) => sum + other, 0) / others.length;
    return Math.abs(value - othersMean) > 2 * limit && (averageDeviation(others) ?? 0) <= limit / 2;
  });
}
