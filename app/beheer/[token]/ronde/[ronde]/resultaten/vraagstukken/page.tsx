import { getLocale, getTranslations } from "next-intl/server";
import { managePaths } from "@/components/manage/paths";
import { ConfidenceBadge } from "@/components/results/confidence-badge";
import styles from "@/components/results/results.module.css";
import { findProblem } from "@/content";
import type { Evidence } from "@/lib/scoring";
import { loadResults, type RoundParams } from "../load";

/** Capitalised to stand as a list item: the diagnosis writes its evidence to be quoted inside a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The collaboration problems the diagnosis names, best supported first: how
 * sure it is, what carries each (core evidence), what supports it, what
 * argues against it and why, why its nearest look-alike is less likely, and
 * what helps. Every figure beside a statement reads as the statement is
 * worded.
 */
export default async function ProblemResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, scan } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const tActions = await getTranslations("actions");
  const actionsPage = managePaths(token).results(scan.round, "acties");
  if (diagnosis.problems.length === 0) return <p className="card">{t("noProblems")}</p>;
  const list = (title: string, items: Evidence[], testId: string, withReason = false) =>
    items.length === 0 ? null : (
      <>
        <h4>{title}</h4>
        <ul className={styles.evidenceList} data-testid={testId}>
          {items.map((evidence) => (
            <li key={evidence.text.nl}>
              {capitalised(
                withReason && evidence.reason
                  ? t("againstItem", { reason: evidence.reason[locale], evidence: evidence.text[locale] })
                  : evidence.text[locale],
              )}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <div className={styles.stack}>
      <p className="muted">{t("confidenceHelp")}</p>
      {diagnosis.problems.map((result) => {
        const problem = findProblem(result.id);
        return (
          <section
            key={result.id}
            id={result.id}
            className="card"
            aria-labelledby={`${result.id}-title`}
            data-testid="problem"
          >
            <div className={styles.lensHeader}>
              <h2 id={`${result.id}-title`}>{problem?.name[locale]}</h2>
              <ConfidenceBadge confidence={result.confidence} />
            </div>
            <p>{problem?.description[locale]}</p>
            <h3>{t("evidenceTitle")}</h3>
            {list(
              t("carriesTitle"),
              result.evidence.filter((evidence) => evidence.role === "core"),
              "core-evidence",
            )}
            {list(
              t("supportsTitle"),
              result.evidence.filter((evidence) => evidence.role === "supporting"),
              "supporting-evidence",
            )}
            {list(t("againstTitle"), result.counterEvidence, "counter-evidence", true)}
            {result.lessLikely.map((entry) => (
              <p key={entry.problemId} className={styles.lookAlike} data-testid="look-alike">
                {t("lessLikely", {
                  other: findProblem(entry.problemId)?.name[locale] ?? "",
                  reason: entry.reason[locale],
                })}
              </p>
            ))}
            <details className={styles.reasoning}>
              <summary>{t("reasoningSummary")}</summary>
              <p data-testid="reasoning">{result.reasoning[locale]}</p>
            </details>
            <h3>{t("interventionsTitle")}</h3>
            <ul>
              {problem?.interventions.map((intervention) => (
                <li key={intervention.id}>
                  <strong>{intervention.title[locale]}.</strong> {intervention.description[locale]}
                </li>
              ))}
            </ul>
            <p>
              <a
                href={`${actionsPage}?bevinding=problem:${result.id}#nieuwe-actie`}
                className="button button-secondary"
              >
                {tActions("makeAction")}
              </a>
            </p>
          </section>
        );
      })}
    </div>
  );
}
