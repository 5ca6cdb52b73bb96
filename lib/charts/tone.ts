import { CONCERN_BELOW, STRENGTH_FROM } from "../scoring/bands";

/**
 * Whether a figure is good news, whichever way its statement is worded: the
 * colour beside a statement's own figure (its mean as worded, its % agreeing)
 * comes from the favourable score, so "4,5" on "Afspraken worden vaak niet
 * uitgevoerd" is orange while "4,5" on "Afspraken worden nagekomen" is blue.
 * The cut-offs are the lens bands (lib/scoring/bands.ts).
 */
export type Tone = "favourable" | "neutral" | "unfavourable";

export function toneOf(favourable: number): Tone {
  if (favourable >= STRENGTH_FROM) return "favourable";
  if (favourable < CONCERN_BELOW) return "unfavourable";
  return "neutral";
}

/** Fill and text colour per tone: Okabe–Ito blue and orange, readable without red–green contrast. */
export const TONE_COLOURS: Record<Tone, { fill: string; text: string }> = {
  favourable: { fill: "#0072B2", text: "#FFFFFF" },
  neutral: { fill: "#D5DBE3", text: "#1B2430" },
  unfavourable: { fill: "#E69F00", text: "#1B2430" },
};
