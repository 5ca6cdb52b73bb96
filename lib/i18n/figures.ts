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

/**
 * Any figure with its sign and a typographic minus, with a fixed number of
 * decimals: "−1,7", "+0,5", "0,0". Every signed figure on a screen, slide or
 * export is written through here, so a minus looks the same everywhere.
 */
export function formatSigned(value: number, locale: Locale, digits: number): string {
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return decimal(rounded === 0 ? 0 : rounded, locale, digits, "exceptZero");
}

/** A change in a mean answer on 1–5 between rounds, with its sign: "+0,4", "−1,2", "0,0". */
export function formatMeanChange(value: number, locale: Locale): string {
  return formatSigned(value, locale, 1);
}

/** A change in a score on 0–100 between rounds, whole points with their sign: "+6", "−9", "0". */
export function formatScoreChange(value: number, locale: Locale): string {
  return formatSigned(value, locale, 0);
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
  return formatSigned(position * 3, locale, 1);
}

/** A spread or gap on the −3…+3 paradox scale (no sign): "0,9". */
export function formatPositionSpread(spread: number, locale: Locale): string {
  return decimal(spread * 3, locale, 1, "auto");
}

/** A difference on 0–100 between favourable scores, as steps on the 1–5 scale: "1,8". */
export function formatStepGap(points: number, locale: Locale): string {
  return decimal(points / 25, locale, 1, "auto");
}
