import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { managePaths } from "@/components/manage/paths";
import { ActionsWithoutFigures } from "@/components/results/actions-without-figures";
import { PartnerStatusNote } from "@/components/results/partner-status-note";
import styles from "@/components/results/results.module.css";
import { ResultsNav } from "@/components/results/results-nav";
import { loadResults, type RoundParams } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

type Props = { children: ReactNode; params: RoundParams };

export default async function ResultsLayout({ children, params }: Props) {
  const { token, ronde } = await params;
  const { scan, diagnosis } = await loadResults(token, ronde);
  const t = await getTranslations("results");
  const paths = managePaths(token);
  const round = scan.round;
  const hasFigures = diagnosis.respondentCount > 0 && !diagnosis.isSuppressed;
  return (
    <>
      <p className={`${styles.noPrint} muted`}>
        <Link href={paths.round(round)}>← {t("back")}</Link>
      </p>
      <div className={styles.titleRow}>
        <div>
          <p className="muted">{t("roundTitle", { round })}</p>
          <h1>{scan.name}</h1>
        </div>
        {hasFigures ? (
          <Link href={paths.workshop(round)} className={`button button-secondary ${styles.noPrint}`}>
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
              { href: paths.results(round), label: t("tabs.overview") },
              { href: paths.results(round, "invalshoeken"), label: t("tabs.lenses") },
              { href: paths.results(round, "paradoxen"), label: t("tabs.paradoxes") },
              { href: paths.results(round, "partners"), label: t("tabs.partners") },
              ...(diagnosis.isSelfAssessment ? [] : [{ href: paths.results(round, "rollen"), label: t("tabs.roles") }]),
              ...(diagnosis.background.trustModes
                ? [{ href: paths.results(round, "achtergrond"), label: t("tabs.background") }]
                : []),
              { href: paths.results(round, "vraagstukken"), label: t("tabs.problems") },
              { href: paths.results(round, "agenda"), label: t("tabs.agenda") },
              { href: paths.results(round, "acties"), label: t("tabs.actions") },
            ]}
          />
          {children}
        </>
      ) : (
        <ActionsWithoutFigures
          actionsHref={paths.results(round, "acties")}
          linkLabel={round > 1 ? t("actionsAndReview") : t("actionsOnly")}
        >
          {children}
        </ActionsWithoutFigures>
      )}
    </>
  );
}
