import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { describeSignal } from "@/components/knowledge/signal-text";
import { SourceNote } from "@/components/knowledge/source-note";
import { findProblem, problems } from "@/content";
import { problemSignals, type SignalRole } from "@/lib/instrument/problem-signals";

const ROLES: SignalRole[] = ["core", "supporting", "counter"];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.nav");
  return { title: t("problems") };
}

/**
 * The nine problems as the diagnosis reads them: per problem its core,
 * supporting and counter-signals (a counter-signal with why it argues against,
 * and the look-alike it points to), and the problems it looks like.
 */
export default async function ProblemsPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  const described = await Promise.all(
    problems.map(async (problem) => ({
      problem,
      signals: await Promise.all(
        problemSignals(problem).map(async (entry) => ({ ...entry, text: await describeSignal(entry.signal, locale) })),
      ),
    })),
  );
  const name = (id: string) => findProblem(id)?.name[locale] ?? id;
  return (
    <>
      <h1>{t("nav.problems")}</h1>
      <section className="card" aria-labelledby="how-title">
        <h2 id="how-title">{t("problem.howTitle")}</h2>
        <p>{t("problem.how")}</p>
      </section>
      <div className={styles.entries}>
        {described.map(({ problem, signals }) => (
          <article key={problem.id} id={problem.id} className={`card ${styles.entry}`} aria-labelledby={problem.id}>
            <h2 id={problem.id}>{problem.name[locale]}</h2>
            <p>{problem.description[locale]}</p>
            <p data-testid="look-alikes">
              <strong>{t("problem.lookAlikes")}:</strong>{" "}
              {problem.differential.lookAlikes.map((id, index) => (
                <span key={id}>
                  {index > 0 ? ", " : ""}
                  <a href={`#${id}`}>{name(id)}</a>
                  {problem.differential.excludes.includes(id) ? ` (${t("problem.excludes")})` : ""}
                </span>
              ))}
            </p>
            <h3>{t("problem.signals")}</h3>
            {ROLES.map((role) => {
              const entries = signals.filter((signal) => signal.role === role);
              return entries.length === 0 ? null : (
                <div key={role} data-testid={`signals-${role}`}>
                  <h4>{t(`problem.signalRoles.${role}`)}</h4>
                  <ul>
                    {entries.map((entry) => (
                      <li key={entry.text}>
                        {entry.text}
                        {entry.reason ? ` — ${entry.reason[locale]}` : ""}
                        {entry.pointsTo ? ` (${t("problem.pointsTo", { problem: name(entry.pointsTo) })})` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
            <h3>{t("problem.interventions")}</h3>
            <ul>
              {problem.interventions.map((intervention) => (
                <li key={intervention.id}>
                  <strong>{intervention.title[locale]}.</strong> {intervention.description[locale]}
                </li>
              ))}
            </ul>
            <SourceNote source={problem.source} />
          </article>
        ))}
      </div>
    </>
  );
}
