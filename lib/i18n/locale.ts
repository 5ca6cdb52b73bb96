import { LOCALES, type Locale, ZLocale } from "../../content/schema";

export { LOCALES, type Locale };

export const DEFAULT_LOCALE: Locale = "nl";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function resolveLocale(value: string | undefined): Locale {
  const parsed = ZLocale.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_LOCALE;
}
