import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { describeSignal } from "@/components/knowledge/signal-text";
import { SourceNote } from "@/components/knowledge/source-note";
import { problems } from "@/content";
import { problemSignals, type SignalRole } from "@/lib/instrument/problem-signals";

const ROLES: SignalRole[] = ["core", "supporting", "counter"];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.nav");
  return { title: t("problems") };
}

export default async function ProblemsPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  const described = await Promise.all(
    problems.map(async (problem) => ({
      problem,
      signals: await Promise.all(
        problemSignals(problem).map(async ({ signal, role }) => ({ role, text: await describeSignal(signal, locale) })),
      ),
    })),
  );
  return (
    <>
      <h1>{t("nav.problems")}</h1>
      <div className={styles.entries}>
        {described.map(({ problem, signals }) => (
          <article key={problem.id} id={problem.id} className={`card ${styles.entry}`} aria-labelledby={problem.id}>
            <h2 id={problem.id}>{problem.name[locale]}</h2>
            <p>{problem.description[locale]}</p>
            <h3>{t("problem.signals")}</h3>
            {ROLES.map((role) => {
              const texts = signals.filter((signal) => signal.role === role);
              return texts.length === 0 ? null : (
                <div key={role}>
                  <h4>{t(`problem.signalRoles.${role}`)}</h4>
                  <ul>
                    {texts.map(({ text }) => (
                      <li key={text}>{text}</li>
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
