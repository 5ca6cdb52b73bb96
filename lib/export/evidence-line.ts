import type { Locale } from "../../content";
import { describeSignal } from "../instrument/describe-signal";
import type { Diagnosis, Evidence } from "../scoring/types";
import { isReversedStatement, onAnswerScale } from "./labels";
import type { ExportTranslator } from "./translator";
import { meanAsWorded } from "./worded-figure";

/**
 * One piece of evidence for a problem in words, with the partners' figures on
 * the scale that reads right beside it: a statement's mean answer as worded
 * (1–5), a lens's favourability (0–100), a paradox's position (−3 … +3).
 */
export function evidenceLine(
  evidence: Evidence,
  diagnosis: Diagnosis,
  locale: Locale,
  t: ExportTranslator,
  format: (value: number, digits: number) => string,
): string {
  const description = describeSignal(evidence.signal, locale, (key, values) => t(`signals.${key}`, values));
  if (evidence.partners.length === 0) return description;
  const name = (id: string) => diagnosis.partners.find((partner) => partner.id === id)?.name ?? id;
  const signal = evidence.signal;
  const figure = (value: number): string => {
    switch (signal.kind) {
      case "statement-below":
      case "statement-contested":
        return format(meanAsWorded(value, isReversedStatement(signal.statementId)), 1);
      // Both paradox signals carry each partner's position, not its openness.
      case "paradox-leaning":
      case "paradox-closed":
        return format(onAnswerScale(value) ?? 0, 1);
      default:
        return format(value, 0);
    }
  };
  const values = evidence.partners.map((entry) => `${name(entry.partnerId)} ${figure(entry.value)}`).join(" · ");
  const scale =
    signal.kind === "statement-below" || signal.kind === "statement-contested"
      ? "statement"
      : signal.kind === "paradox-leaning" || signal.kind === "paradox-closed"
        ? "paradox"
        : "score";
  return `${description} (${t(`slides.evidenceScale.${scale}`, { values })})`;
}
