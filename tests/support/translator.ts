import { createTranslator } from "use-intl/core";
import en from "../../lib/i18n/messages/en.json";
import nl from "../../lib/i18n/messages/nl.json";
import type { ErrorTranslator } from "../../lib/server/action";

/** The real error messages of a language, as the server actions use them. */
export function errorTranslator(locale: "nl" | "en"): ErrorTranslator {
  const t = createTranslator({ locale, messages: locale === "nl" ? nl : en, namespace: "errors" });
  return (key) => t(key);
}
