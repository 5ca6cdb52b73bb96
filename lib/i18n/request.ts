import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, resolveLocale } from "./locale";
import en from "./messages/en.json";
import nl from "./messages/nl.json";

const messages = { nl, en } as const;

// Dutch unless the person chose English with the language switch (a cookie, no URL prefix).
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return { locale, messages: messages[locale], timeZone: "Europe/Amsterdam" };
});
