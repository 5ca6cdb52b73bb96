import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { sourceDocuments } from "@/content";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("sourcesTitle") };
}

export default async function SourcesPage() {
  const locale = await getLocale();
  const t = await getTranslations("knowledge");
  return (
    <>
      <h1>{t("sourcesTitle")}</h1>
      <p className="muted">{t("sourcesLead")}</p>
      <div className={styles.entries}>
        {sourceDocuments.map((document) => (
          <article key={document.seed} className="card">
            <h2>
              {document.citation}
              {locale === "en" ? <span className={styles.gloss}> ({document.titleInEnglish})</span> : null}
            </h2>
            <p>
              <strong>{t("usedFor")}:</strong> {document.usedFor[locale]}
            </p>
          </article>
        ))}
      </div>
    </>
  );
}
