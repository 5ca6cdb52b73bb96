/** The agreement scale: 1 = strongly disagree … 5 = strongly agree. */
export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;

/**
 * Turns an answer into a 0–100 contribution where higher is always better:
 * a reversed (negatively phrased) statement counts "strongly disagree" as 100.
 */
export function likertToScore(value: number, isReversed: boolean): number {
  const oriented = isReversed ? LIKERT_MIN + LIKERT_MAX - value : value;
  return ((oriented - LIKERT_MIN) / (LIKERT_MAX - LIKERT_MIN)) * 100;
}
