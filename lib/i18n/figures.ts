import type { Locale } from "./locale";

/**
 * Figures as results show them, in the reader's number format (a decimal
 * comma in Dutch). Kept in one place so that a statement's mean, a paradox
 * position and a difference look the same on every screen.
 */
const MINUS = "\u2212";

function decimal(value: number, locale: Locale, digits: number, sign: "auto" | "exceptZero"): string {
  const text = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: sign,
  }).format(value);
  // A typographic minus, as in print; Intl writes a hyphen for Dutch and English.
  return text.replace("-", MINUS);
}

/** A mean answer on the 1–5 agreement scale, with one decimal: "4,6". */
export function formatMean(value: number, locale: Locale): string {
  return decimal(value, locale, 1, "auto");
}

/** A share of answers, 0–100, as a percentage: "92%". */
export function formatShare(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
}

/**
 * A paradox position (−1 = pole A … +1 = pole B) on the −3…+3 scale
 * respondents answered on, with its sign: "−0,6", "+1,2", "0,0".
 */
export function formatPosition(position: number, locale: Locale): string {
  const onScale = Math.round(position * 3 * 10) / 10;
  return decimal(onScale === 0 ? 0 : onScale, locale, 1, "exceptZero");
}

/** A spread or gap on the −3…+3 paradox scale (no sign): "0,9". */
export function formatPositionSpread(spread: number, locale: Locale): string {
  return decimal(spread * 3, locale, 1, "auto");
}

/** A difference on 0–100 between favourable scores, as steps on the 1–5 scale: "1,8". */
export function formatStepGap(points: number, locale: Locale): string {
  return decimal(points / 25, locale, 1, "auto");
}
