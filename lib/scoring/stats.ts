/** Mean and standard deviation from running sums, so one pass over the answers suffices. */
export function meanOf(count: number, sum: number): number | null {
  return count > 0 ? sum / count : null;
}

export function spreadOf(count: number, sum: number, sumOfSquares: number): number | null {
  if (count < 2) return count === 1 ? 0 : null;
  const mean = sum / count;
  return Math.sqrt(Math.max(0, sumOfSquares / count - mean * mean));
}

/** Rounds for reporting; scores to whole points, positions to hundredths. */
export function round(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
