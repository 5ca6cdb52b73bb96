import { getLocale, getTranslations } from "next-intl/server";
import { findStatement, instrument } from "@/content";
import type { Trend } from "@/lib/scoring";
import styles from "./trend.module.css";

/**
 * Said whenever rounds asked different items (another variant or version of
 * the questionnaire): which rounds differ, that only the statements all
 * rounds asked are compared, and which statements that leaves out.
 */
export async function TrendBasisNote({ trend }: { trend: Trend }) {
  const { basis, rounds } = trend;
  if (basis.isSameItems && !basis.variantsDiffer && !basis.versionsDiffer) return null;
  const t = await getTranslations("trend");
  const locale = await getLocale();
  return (
    <div className={styles.notice} data-testid="trend-basis">
      {basis.variantsDiffer ? (
        <p>
          {t("basisVariants", {
            variants: rounds
              .map((round) =>
                t("variantRound", {
                  round: round.number,
                  variant: instrument.variants[round.variant]?.name[locale] ?? round.variant,
                }),
              )
              .join(", "),
          })}
        </p>
      ) : null}
      {basis.versionsDiffer ? (
        <p>
          {t("basisVersions", {
            versions: rounds
              .map((round) => t("versionRound", { round: round.number, version: round.instrumentVersion }))
              .join(", "),
          })}
        </p>
      ) : null}
      <p>{t("basisCompared", { count: basis.statementIds.length })}</p>
      {basis.leftOut.map((entry) => (
        <details key={entry.round}>
          <summary>{t("basisLeftOut", { count: entry.statementIds.length, round: entry.round })}</summary>
          <ul>
            {entry.statementIds.map((id) => (
              <li key={id}>{findStatement(id)?.text[locale] ?? id}</li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
