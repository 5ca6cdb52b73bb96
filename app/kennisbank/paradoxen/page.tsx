import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { SourceNote } from "@/components/knowledge/source-note";
import { paradoxes } from "@/content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.nav");
  return { title: t("paradoxes") };
}

export default async function ParadoxesPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  const phase = await getTranslations("phases");
  return (
    <>
      <h1>{t("nav.paradoxes")}</h1>
      <div className={styles.entries}>
        {paradoxes.map((paradox) => (
          <article key={paradox.id} id={paradox.id} className={`card ${styles.entry}`} aria-labelledby={paradox.id}>
            <p className="muted">{t("paradox.number", { number: paradox.number })}</p>
            <h2 id={paradox.id}>
              {paradox.poleA.name[locale]} – {paradox.poleB.name[locale]}
            </h2>
            <p>{paradox.description[locale]}</p>
            <p>
              {t("paradox.phases")}:{" "}
              {paradox.phases.map((id) => (
                <span key={id} className={styles.tag}>
                  {phase(id)}
                </span>
              ))}
            </p>
            <div className={styles.poles}>
              {[
                { label: t("paradox.poleA"), pole: paradox.poleA },
                { label: t("paradox.poleB"), pole: paradox.poleB },
              ].map(({ label, pole }) => (
                <section key={label} className={styles.pole}>
                  <h3>
                    {label}: {pole.name[locale]}
                  </h3>
                  <p>
                    <strong>{t("paradox.risk")}:</strong> {pole.risk[locale]}
                  </p>
                </section>
              ))}
            </div>
            <SourceNote source={paradox.source} />
          </article>
        ))}
      </div>
    </>
  );
}
