import { evidenceTemplates, type Text } from "../../content";

/**
 * Figures and names inside generated sentences, in both languages: Dutch
 * with a decimal comma, English with a point; statements quoted without
 * their closing full stop; names listed with "en"/"and".
 */
export function formatNumber(value: number, decimals: number): Text {
  const format = (locale: string) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
  return { nl: format("nl-NL"), en: format("en-GB") };
}

/** A position on the −3…+3 scale with its sign (a true minus sign), e.g. "−1,2" and "+0,8". */
export function formatPosition(value: number): Text {
  const magnitude = formatNumber(Math.abs(value), 1);
  const sign = value < -0.05 ? "−" : value > 0.05 ? "+" : "";
  return { nl: `${sign}${magnitude.nl}`, en: `${sign}${magnitude.en}` };
}

/** A statement's (or question's) text for quoting inside a sentence: without its closing full stop. */
export function quote(text: Text): Text {
  return { nl: text.nl.replace(/\.$/, ""), en: text.en.replace(/\.$/, "") };
}

export function listNames(names: readonly string[]): Text {
  if (names.length <= 1) return { nl: names[0] ?? "", en: names[0] ?? "" };
  const head = names.slice(0, -1).join(", ");
  const last = names[names.length - 1] ?? "";
  return { nl: `${head}${evidenceTemplates.and.nl}${last}`, en: `${head}${evidenceTemplates.and.en}${last}` };
}
