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

/**
 * The inverse of likertToScore: a favourable 0–100 score (a group's mean)
 * back to the mean answer on 1–5 to the statement as it is worded. Wherever a
 * figure stands beside a statement's text it must read in the text's own
 * direction, so "Afspraken worden vaak niet uitgevoerd" at 4.5 means people
 * agree that agreements are not kept, whatever the favourable score says.
 */
export function scoreToMeanAsWorded(score: number, isReversed: boolean): number {
  const oriented = LIKERT_MIN + (score / 100) * (LIKERT_MAX - LIKERT_MIN);
  return isReversed ? LIKERT_MIN + LIKERT_MAX - oriented : oriented;
}
