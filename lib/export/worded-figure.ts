import { type Tone, toneFor } from "../charts/palette";
import { scoreToMeanAsWorded } from "../scoring/likert";

/**
 * A statement's figure as people answered it: the mean on 1–5 to the text as
 * worded, with the tone of its favourable score. Beside a statement's text,
 * only this figure (or the share agreeing) may stand; the favourable score
 * reads the wrong way round on a negatively worded statement.
 */
export function meanAsWorded(favourable: number, isReversed: boolean): number {
  return Math.round(scoreToMeanAsWorded(favourable, isReversed) * 100) / 100;
}

export type WordedValue = { mean: number; tone: Tone };

/** From a group's figures: its mean as worded where the diagnosis has one, else derived from its favourable score. */
export function wordedValue(
  favourable: number | null | undefined,
  mean: number | null | undefined,
  isReversed: boolean,
): WordedValue | null {
  if (favourable === null || favourable === undefined) return null;
  return { mean: mean ?? meanAsWorded(favourable, isReversed), tone: toneFor(favourable) };
}
