import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { DISCIPLINES, failureFactors, findLens, findSourceDocument, statements, successConditions } from "@/content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.nav");
  return { title: t("factors") };
}

function measuringStatementCount(id: string): number {
  return statements.filter(
    (statement) => statement.measures.failureFactors.includes(id) || statement.measures.successConditions.includes(id),
  ).length;
}

export default async function FactorsPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  const lensNames = (ids: readonly string[]) => ids.map((id) => findLens(id)?.name[locale] ?? id).join(", ");
  const measured = (entry: { id: string; measurement: { kind: string } }) =>
    entry.measurement.kind === "context-only"
      ? t("factors.contextOnly")
      : t("factors.measuredCount", { count: measuringStatementCount(entry.id) });
  return (
    <>
      <h1>{t("nav.factors")}</h1>
      <h2>{t("factors.failureTitle")}</h2>
      <p className="muted">{t("factors.failureLead", { count: failureFactors.length })}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("factors.discipline")}</th>
              <th scope="col">{t("factors.text")}</th>
              <th scope="col">{t("factors.lenses")}</th>
              <th scope="col">{t("factors.measuredBy")}</th>
            </tr>
          </thead>
          <tbody>
            {DISCIPLINES.flatMap((discipline) =>
              failureFactors
                .filter((factor) => factor.discipline === discipline)
                .map((factor) => (
                  <tr key={factor.id}>
                    <th scope="row">{t(`disciplines.${discipline}`)}</th>
                    <td>{factor.text[locale]}</td>
                    <td data-label={t("factors.lenses")}>{lensNames(factor.lenses)}</td>
                    <td data-label={t("factors.measuredBy")}>{measured(factor)}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
      <h2>{t("factors.successTitle")}</h2>
      <p className="muted">{t("factors.successLead", { count: successConditions.length })}</p>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t("factors.discipline")}</th>
              <th scope="col">{t("factors.text")}</th>
              <th scope="col">{t("factors.lenses")}</th>
              <th scope="col">{t("factors.appliesTo")}</th>
              <th scope="col">{t("factors.measuredBy")}</th>
            </tr>
          </thead>
          <tbody>
            {DISCIPLINES.flatMap((discipline) =>
              successConditions
                .filter((condition) => condition.discipline === discipline)
                .map((condition) => (
                  <tr key={condition.id}>
                    <th scope="row">{t(`disciplines.${discipline}`)}</th>
                    <td>{condition.text[locale]}</td>
                    <td data-label={t("factors.lenses")}>{lensNames(condition.lenses)}</td>
                    <td data-label={t("factors.appliesTo")}>{t(`appliesTo.${condition.appliesTo}`)}</td>
                    <td data-label={t("factors.measuredBy")}>{measured(condition)}</td>
                  </tr>
                )),
            )}
          </tbody>
        </table>
      </div>
      <p className="muted">
        {t("source", {
          source: findSourceDocument("002_0ac84a4d98b191d2.txt")?.short ?? "",
          section: failureFactors[0]?.source.section ?? "",
        })}
        {" / "}
        {successConditions[0]?.source.section}
      </p>
    </>
  );
}
