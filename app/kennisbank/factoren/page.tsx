import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { SourceNote } from "@/components/knowledge/source-note";
import {
  DISCIPLINES,
  type FailureFactor,
  failureFactors,
  findLens,
  type Locale,
  type SuccessCondition,
  statements,
  successConditions,
} from "@/content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.nav");
  return { title: t("factors") };
}

function measuringStatementCount(id: string): number {
  return statements.filter(
    (statement) => statement.measures.failureFactors.includes(id) || statement.measures.successConditions.includes(id),
  ).length;
}

/** One catalogue as a table, grouped by discipline; success conditions add whom they apply to. */
async function CatalogueTable({
  entries,
  locale,
}: {
  entries: readonly (FailureFactor | SuccessCondition)[];
  locale: Locale;
}) {
  const t = await getTranslations("knowledge");
  const hasForms = entries.some((entry) => "appliesTo" in entry);
  const lensNames = (ids: readonly string[]) => ids.map((id) => findLens(id)?.name[locale] ?? id).join(", ");
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t("factors.discipline")}</th>
            <th scope="col">{t("factors.text")}</th>
            <th scope="col">{t("factors.lenses")}</th>
            {hasForms ? <th scope="col">{t("factors.appliesTo")}</th> : null}
            <th scope="col">{t("factors.measuredBy")}</th>
          </tr>
        </thead>
        <tbody>
          {DISCIPLINES.flatMap((discipline) =>
            entries
              .filter((entry) => entry.discipline === discipline)
              .map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{t(`disciplines.${discipline}`)}</th>
                  <td>{entry.text[locale]}</td>
                  <td data-label={t("factors.lenses")}>{lensNames(entry.lenses)}</td>
                  {"appliesTo" in entry ? (
                    <td data-label={t("factors.appliesTo")}>{t(`appliesTo.${entry.appliesTo}`)}</td>
                  ) : null}
                  <td data-label={t("factors.measuredBy")}>
                    {entry.measurement.kind === "context-only"
                      ? t("factors.contextOnly")
                      : t("factors.measuredCount", { count: measuringStatementCount(entry.id) })}
                  </td>
                </tr>
              )),
          )}
        </tbody>
      </table>
    </div>
  );
}

export default async function FactorsPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  return (
    <>
      <h1>{t("nav.factors")}</h1>
      <h2>{t("factors.failureTitle")}</h2>
      <p className="muted">{t("factors.failureLead", { count: failureFactors.length })}</p>
      <CatalogueTable entries={failureFactors} locale={locale} />
      <h2>{t("factors.successTitle")}</h2>
      <p className="muted">{t("factors.successLead", { count: successConditions.length })}</p>
      <CatalogueTable entries={successConditions} locale={locale} />
      <SourceNote source={{ seed: "002_0ac84a4d98b191d2.txt", section: "tables 2 and 3" }} />
    </>
  );
}
