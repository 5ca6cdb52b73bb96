import { bandFor } from "../scoring/bands";

/**
 * Okabe–Ito colours: distinguishable for the common forms of colour
 * blindness. The overall series is drawn in near-black, partners in order.
 */
export const OVERALL_COLOUR = "#1b2430";
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D1F", "#7A7A7A"];

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? "#0072B2";
}

/**
 * A heatmap colour for a 0–100 score: orange for low, white at 50, blue for
 * high (a diverging scale that stays readable without red–green contrast).
 */
export function scoreColour(score: number): string {
  const low = [230, 159, 0];
  const high = [0, 114, 178];
  const t = Math.max(0, Math.min(1, Math.abs(score - 50) / 50));
  const end = score < 50 ? low : high;
  const mix = (channel: number) => Math.round(255 + ((end[channel] ?? 255) - 255) * t * 0.75);
  return `rgb(${mix(0)} ${mix(1)} ${mix(2)})`;
}

/**
 * What a favourable score (0–100) means for the collaboration, in the bands
 * of the diagnosis: a statement's figure is shown as worded (agreement), and
 * this tone, with `scoreColour`, says whether that is good or bad news. A
 * negatively worded statement that everyone agrees with is "unfavourable".
 */
export type Tone = "favourable" | "middling" | "unfavourable";

export function toneFor(score: number): Tone {
  const band = bandFor(score);
  return band === "strength" ? "favourable" : band === "concern" ? "unfavourable" : "middling";
}

/**
 * The answers 1 (fully disagree) … 5 (fully agree) in a distribution bar: one
 * hue from light to dark, so that it reads as "how much people agree with the
 * text" and never competes with the orange–blue of favourable and unfavourable.
 */
export const AGREEMENT_COLOURS = ["#ece7f2", "#c6b9dc", "#9d8bc4", "#6f58a6", "#45307f"] as const;
