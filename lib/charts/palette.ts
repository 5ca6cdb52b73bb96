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
