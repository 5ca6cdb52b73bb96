import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { SourceNote } from "@/components/knowledge/source-note";
import { lenses, statements } from "@/content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.nav");
  return { title: t("lenses") };
}

export default async function LensesPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  return (
    <>
      <h1>{t("nav.lenses")}</h1>
      <div className={styles.entries}>
        {lenses.map((lens) => (
          <article key={lens.id} id={lens.id} className={`card ${styles.entry}`} aria-labelledby={`lens-${lens.id}`}>
            <h2 id={`lens-${lens.id}`}>{lens.name[locale]}</h2>
            <p className={styles.leading}>{lens.leadingQuestion[locale]}</p>
            <p>{lens.explanation[locale]}</p>
            <h3>{t("lens.subThemes")}</h3>
            <ul>
              {lens.subThemes.map((subTheme) => (
                <li key={subTheme.id}>{subTheme.name[locale]}</li>
              ))}
            </ul>
            <h3>{t("lens.neglect")}</h3>
            <p>{lens.neglect[locale]}</p>
            <h3>{t("lens.advice")}</h3>
            <p>{lens.advice[locale]}</p>
            <p className="muted">
              {t("lens.statements", { count: statements.filter((statement) => statement.lensId === lens.id).length })}
            </p>
            <SourceNote source={lens.source} />
          </article>
        ))}
      </div>
    </>
  );
}
