import { createTranslator } from "use-intl/core";
import type { Locale } from "../../content";
import en from "../i18n/messages/en.json";
import nl from "../i18n/messages/nl.json";

/**
 * The message catalogue of one language for the files people download. Each
 * export is written in the language the person chose on screen (the locale
 * cookie), which may differ from the scan's own. The message files have the
 * same keys in both languages (lib/i18n/messages.test.ts), so the Dutch
 * catalogue types the keys for both.
 */
export function exportTranslator(locale: Locale) {
  return createTranslator({ locale, messages: (locale === "nl" ? nl : en) as typeof nl });
}

export type ExportTranslator = ReturnType<typeof exportTranslator>;

/** Dates and numbers as the language writes them: "4 december 2026", "3,5" in Dutch. */
export function localeTag(locale: Locale): string {
  return locale === "nl" ? "nl-NL" : "en-GB";
}
