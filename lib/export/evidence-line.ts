import type { Locale } from "../../content";
import type { Evidence } from "../scoring/types";

/**
 * One piece of evidence for a problem in words, as the diagnosis wrote it:
 * the statement quoted with its mean answer as worded and the share that
 * agrees, partners and roles by name (lib/scoring/differential/evidence-text.ts).
 * Capitalised to stand alone as a bullet.
 */
export function evidenceLine(evidence: Evidence, locale: Locale): string {
  const text = evidence.text[locale];
  return text.charAt(0).toUpperCase() + text.slice(1);
}
