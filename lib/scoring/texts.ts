import type { Text } from "../../content";

type Values = Record<string, string | number | { nl: string; en: string }>;

/** Fills {placeholders} of a bilingual template; a value may itself be bilingual. */
export function fill(template: Text, values: Values): Text {
  const one = (locale: "nl" | "en") =>
    template[locale].replace(/\{(\w+)\}/g, (match, key: string) => {
      const value = values[key];
      if (value === undefined) return match;
      return typeof value === "object" ? value[locale] : String(value);
    });
  return { nl: one("nl"), en: one("en") };
}
