import { getLocale, getTranslations } from "next-intl/server";
import { describeSignal } from "@/components/knowledge/signal-text";
import styles from "@/components/results/results.module.css";
import { findProblem } from "@/content";
import { loadResults, type RoundParams } from "../load";

export default async function ProblemResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const partnerName = (id: string) => diagnosis.partners.find((partner) => partner.id === id)?.name ?? id;
  if (diagnosis.problems.length === 0) return <p className="card">{t("noProblems")}</p>;
  const problems = await Promise.all(
    diagnosis.problems.map(async (result) => ({
      result,
      problem: findProblem(result.id),
      evidence: await Promise.all(
        result.evidence.map(async (evidence) => ({
          text: await describeSignal(evidence.signal, locale),
          partners: evidence.partners.map((entry) => `${partnerName(entry.partnerId)} ${entry.value}`).join(", "),
        })),
      ),
    })),
  );
  return (
    <div className={styles.stack}>
      {problems.map(({ result, problem, evidence }) => (
        <section key={result.id} id={result.id} className="card" aria-labelledby={`${result.id}-title`}>
          <div className={styles.lensHeader}>
            <h2 id={`${result.id}-title`}>{problem?.name[locale]}</h2>
            <span className={styles.flag}>{t("strength", { value: Math.round(result.strength * 100) })}</span>
          </div>
          <p>{problem?.description[locale]}</p>
          <h3>{t("evidenceTitle")}</h3>
          <ul>
            {evidence.map((entry) => (
              <li key={entry.text}>
                {entry.text}
                {entry.partners ? (
                  <span className={styles.small}> — {t("perPartner", { values: entry.partners })}</span>
                ) : null}
              </li>
            ))}
          </ul>
          <h3>{t("interventionsTitle")}</h3>
          <ul>
            {problem?.interventions.map((intervention) => (
              <li key={intervention.id}>
                <strong>{intervention.title[locale]}.</strong> {intervention.description[locale]}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
