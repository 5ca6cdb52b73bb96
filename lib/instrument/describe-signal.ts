import { failureFactors, findLens, findParadox, findStatement, type Locale, type Signal } from "../../content";

/** Translates the keys of `signals.*` in the message files. */
export type SignalTranslator = (
  key:
    | "lensBelow"
    | "lensContested"
    | "statementBelow"
    | "statementContested"
    | "paradoxLeaning"
    | "paradoxClosed"
    | "failureFactor",
  values: Record<string, string | number>,
) => string;

/** A signal of a collaboration problem in plain words, for the knowledge base, the results and the report. */
export function describeSignal(signal: Signal, locale: Locale, t: SignalTranslator): string {
  const poles = (id: string) => {
    const paradox = findParadox(id);
    return paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : id;
  };
  switch (signal.kind) {
    case "lens-below":
      return t("lensBelow", {
        lens: findLens(signal.lensId)?.name[locale] ?? signal.lensId,
        threshold: signal.threshold,
      });
    case "lens-contested":
      return t("lensContested", { lens: findLens(signal.lensId)?.name[locale] ?? signal.lensId });
    case "statement-below":
      return t("statementBelow", { statement: findStatement(signal.statementId)?.text[locale] ?? signal.statementId });
    case "statement-contested":
      return t("statementContested", {
        statement: findStatement(signal.statementId)?.text[locale] ?? signal.statementId,
      });
    case "paradox-leaning": {
      const paradox = findParadox(signal.paradoxId);
      const pole = signal.pole === "a" ? paradox?.poleA : paradox?.poleB;
      return t("paradoxLeaning", { paradox: poles(signal.paradoxId), pole: pole?.name[locale] ?? signal.pole });
    }
    case "paradox-closed":
      return t("paradoxClosed", { paradox: poles(signal.paradoxId) });
    case "failure-factor":
      return t("failureFactor", {
        factor: failureFactors.find((factor) => factor.id === signal.factorId)?.text[locale] ?? signal.factorId,
      });
  }
}
