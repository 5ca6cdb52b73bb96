/**
 * The horizontal scale of a paradox line, shared by the results page and
 * the PDF report: a position from −1 (fully pole A) to 1 (fully pole B).
 */
export function positionScale(left: number, right: number): (position: number) => number {
  return (position) => left + ((position + 1) / 2) * (right - left);
}

/** Where to draw the band of one spread around the mean: kept inside the scale, never thinner than 2. */
export function spreadBand(
  scale: (position: number) => number,
  current: number,
  spread: number,
): { x: number; width: number } {
  const from = scale(Math.max(-1, current - spread));
  const to = scale(Math.min(1, current + spread));
  return { x: from, width: Math.max(2, to - from) };
}
