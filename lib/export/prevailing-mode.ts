import type { Locale } from "../../content";
import type { BackgroundResult } from "../scoring/types";
import { trustModeLabel } from "./labels";
import type { ExportTranslator } from "./translator";

type TrustModes = NonNullable<BackgroundResult["trustModes"]>;

/**
 * The trust mode most of a group chose, or why none prevails: the answers
 * split evenly, or too few answered to name one. `group` is a partner's id,
 * "pool", or null for everyone together.
 */
export function prevailingMode(trustModes: TrustModes, group: string | null, locale: Locale, t: ExportTranslator) {
  const code = group === null ? trustModes.prevailing : trustModes.groups[group];
  if (code !== null && code !== undefined) return trustModeLabel(code, locale);
  const reason = group === null ? trustModes.undecided.overall : trustModes.undecided.groups[group];
  return reason === "too-few" ? t("slides.tooFewForMode") : t("slides.noPrevailing");
}
