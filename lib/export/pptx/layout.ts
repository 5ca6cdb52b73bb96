/**
 * The PowerPoint slide's geometry, matched to the workshop: a 16:9 slide
 * (13.33 × 7.5 inches) measured in units of one hundredth of its height, so
 * a size on the workshop slide (calc(var(--u) * n)) is n units here too.
 */
export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
const UNIT = SLIDE_HEIGHT / 100;

/** Units to inches. */
export function u(units: number): number {
  return units * UNIT;
}

/** A font size in units to points (72 points to the inch). */
export function pt(units: number): number {
  return Math.round(units * UNIT * 72 * 10) / 10;
}

export const MARGIN_X = u(5.5);
export const MARGIN_TOP = u(4.5);
export const CONTENT_WIDTH = SLIDE_WIDTH - 2 * MARGIN_X;
export const CONTENT_BOTTOM = SLIDE_HEIGHT - u(4.5);

/** Font sizes in units, as in components/results/workshop.module.css. */
export const FONT = {
  title: 6.2,
  body: 3.4,
  subtitle: 3.4,
  score: 5,
  note: 2.5,
  itemTitle: 3.8,
  small: 3,
  poles: 2.9,
  legend: 2.6,
} as const;

export const COLOURS = {
  title: "143A6B",
  text: "1B2430",
  muted: "4F5B6B",
  track: "E8ECF1",
  panel: "F3F5F8",
  line: "8A96A8",
  band: "D5DBE3",
  flag: "8A4B00",
} as const;

/**
 * How tall a text will be when wrapped in a box: an estimate from the average
 * width of a character (about half the font size in Arial, a little more in
 * bold), enough
 * to stack boxes without overlap. The renderer leaves room to spare.
 */
export function textHeight(text: string, fontUnits: number, width: number, isBold = false, lineHeight = 1.3): number {
  const fontInches = u(fontUnits);
  const charsPerLine = Math.max(1, Math.floor(width / (fontInches * (isBold ? 0.58 : 0.53))));
  const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / charsPerLine)), 0);
  return lines * fontInches * lineHeight + u(0.6);
}

/** "#0072B2" → "0072B2": pptxgenjs takes colours without the hash. */
export function hex(colour: string): string {
  return colour.replace(/^#/, "").toUpperCase();
}
