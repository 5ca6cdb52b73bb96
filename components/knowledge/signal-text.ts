import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale, Signal } from "@/content";
import { describeSignal as describeInWords } from "@/lib/instrument/describe-signal";

/** A signal in plain words, in the language of the current request. */
export async function describeSignal(signal: Signal, locale: Locale): Promise<string> {
  const t = await getTranslations("signals");
  return describeInWords(signal, locale, (key, values) => t(key, values));
}
