import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { managePaths } from "@/components/manage/paths";
import { FigureLegend } from "@/components/results/figure-legend";
import { Heatmap } from "@/components/results/heatmap";
import styles from "@/components/results/results.module.css";
import { findLens, findStatement } from "@/content";
import { groupColumns } from "@/lib/scoring/group-columns";
import { loadResults, type RoundParams } from "../load";

type Props = { params: RoundParams; searchParams: Promise<{ volgorde?: string }> };

export default async function PartnerResultsPage({ params, searchParams }: Props) {
  const { token, ronde } = await params;
  const { volgorde } = await searchParams;
  const { diagnosis, scan } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const mostContestedFirst = volgorde === "omstreden";
  const statements = diagnosis.statements.map((statement) => {
    const content = findStatement(statement.id);
    return { ...statement, text: content?.text[locale] ?? statement.id, isReversed: content?.isReversed ?? false };
  });
  if (mostContestedFirst) {
    statements.sort(
      (a, b) =>
        Number(b.isContested) - Number(a.isContested) ||
        (b.partnerGap ?? -1) - (a.partnerGap ?? -1) ||
        (b.spread ?? 0) - (a.spread ?? 0),
    );
  }
  const path = managePaths(token).results(scan.round, "partners");
  return (
    <div className={styles.stack}>
      <section className="card" aria-labelledby="consensus-title">
        <h2 id="consensus-title">{t("consensusTitle")}</h2>
        <ul className={styles.consensusList}>
          {diagnosis.lenses.map((lens) => (
            <li key={lens.id}>
              <strong>{findLens(lens.id)?.name[locale]}</strong>:{" "}
              <span data-consensus={lens.consensus ?? "none"}>
                {lens.consensus ? t(`consensus.${lens.consensus}`) : t("noData")}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="heatmap-title">
        <h2 id="heatmap-title">{t("heatmapTitle")}</h2>
        <p className="muted">{t("heatmapLead")}</p>
        <FigureLegend />
        <p className="muted">{t("gapExplanation")}</p>
        <p className="muted">{t("hiddenExplanation", { threshold: diagnosis.threshold })}</p>
        <p className={styles.sortLinks}>
          <Link href={path} aria-current={mostContestedFirst ? undefined : "true"}>
            {t("sortOrder")}
          </Link>
          <Link href={`${path}?volgorde=omstreden`} aria-current={mostContestedFirst ? "true" : undefined}>
            {t("sortContested")}
          </Link>
        </p>
        <Heatmap
          caption={t("heatmapTitle")}
          groups={groupColumns(diagnosis, t("pool"))}
          statements={statements}
          testId="partner-heatmap"
          showGap
        />
      </section>
    </div>
  );
}
