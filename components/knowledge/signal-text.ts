import "server-only";
import { getTranslations } from "next-intl/server";
import { failureFactors, findLens, findParadox, findStatement, type Locale, type Signal } from "@/content";

/** A signal of a collaboration problem in plain words, for the knowledge base and the results. */
export async function describeSignal(signal: Signal, locale: Locale): Promise<string> {
  const t = await getTranslations("signals");
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
      return t("paradoxLeaning", {
        paradox: paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : signal.paradoxId,
        pole: pole?.name[locale] ?? signal.pole,
      });
    }
    case "paradox-closed": {
      const paradox = findParadox(signal.paradoxId);
      return t("paradoxClosed", {
        paradox: paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : signal.paradoxId,
      });
    }
    case "failure-factor":
      return t("failureFactor", {
        factor: failureFactors.find((factor) => factor.id === signal.factorId)?.text[locale] ?? signal.factorId,
      });
  }
}
