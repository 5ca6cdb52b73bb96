import type { Tone } from "./palette";

/**
 * The colours of a figure's tone (lib/charts/palette.ts: `toneFor`) where a
 * file holds fixed colours rather than the screen's gradient: chips in the
 * PDF report, the workshop and the PowerPoint slides. Okabe–Ito blue and
 * orange, readable without red–green contrast, with a text colour that keeps
 * the contrast.
 */
export const TONE_COLOURS: Record<Tone, { fill: string; text: string }> = {
  favourable: { fill: "#0072B2", text: "#FFFFFF" },
  middling: { fill: "#D5DBE3", text: "#1B2430" },
  unfavourable: { fill: "#E69F00", text: "#1B2430" },
};
