import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PartnerStatusNote } from "@/components/results/partner-status-note";
import styles from "@/components/results/results.module.css";
import { ResultsNav } from "@/components/results/results-nav";
import { loadResults } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { children: ReactNode; params: Promise<{ token: string }> };

export default async function ResultsLayout({ children, params }: Props) {
  const { token } = await params;
  const { scan, diagnosis } = await loadResults(token);
  const t = await getTranslations("results");
  const base = `/beheer/${token}/resultaten`;
  const hasFigures = diagnosis.respondentCount > 0 && !diagnosis.isSuppressed;
  return (
    <>
      <p className={`${styles.noPrint} muted`}>
        <Link href={`/beheer/${token}`}>← {t("back")}</Link>
      </p>
      <div className={styles.titleRow}>
        <div>
          <p className="muted">{t("title")}</p>
          <h1>{scan.name}</h1>
        </div>
        {hasFigures ? (
          <Link href={`/beheer/${token}/workshop`} className={`button button-secondary ${styles.noPrint}`}>
            {t("workshop")}
          </Link>
        ) : null}
      </div>
      <p data-testid="results-basis">
        {diagnosis.isSelfAssessment ? t("selfAssessment") : t("basis", { count: diagnosis.respondentCount })}
      </p>
      {diagnosis.reportingMode === "open" ? (
        <p className="muted">{t("openReporting", { threshold: diagnosis.threshold })}</p>
      ) : null}
      {diagnosis.submittedCount === 0 ? <p className={styles.notice}>{t("empty")}</p> : null}
      {diagnosis.isSuppressed && diagnosis.submittedCount > 0 ? (
        <p className={styles.notice}>{t("suppressed", { threshold: diagnosis.threshold })}</p>
      ) : null}
      {hasFigures && diagnosis.submittedCount > diagnosis.respondentCount ? (
        <p className={styles.notice} data-testid="held-back">
          {t("heldBack", {
            count: diagnosis.submittedCount - diagnosis.respondentCount,
            threshold: diagnosis.threshold,
          })}
        </p>
      ) : null}
      {hasFigures && !diagnosis.isSelfAssessment ? <PartnerStatusNote diagnosis={diagnosis} /> : null}
      {hasFigures ? (
        <>
          <ResultsNav
            label={t("tabsLabel")}
            items={[
              { href: base, label: t("tabs.overview") },
              { href: `${base}/invalshoeken`, label: t("tabs.lenses") },
              { href: `${base}/paradoxen`, label: t("tabs.paradoxes") },
              { href: `${base}/partners`, label: t("tabs.partners") },
              { href: `${base}/vraagstukken`, label: t("tabs.problems") },
              { href: `${base}/agenda`, label: t("tabs.agenda") },
            ]}
          />
          {children}
        </>
      ) : null}
    </>
  );
}
