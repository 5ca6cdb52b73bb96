import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { KNOWLEDGE_SECTIONS } from "@/components/knowledge/sections";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge");
  return { title: t("title") };
}

export default async function KnowledgePage() {
  const t = await getTranslations("knowledge");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <div className={styles.cards}>
        {KNOWLEDGE_SECTIONS.filter((section) => section.key !== "overview").map((section) => (
          <section key={section.key} className="card">
            <h2>
              <Link href={section.href}>{t(`nav.${section.key}`)}</Link>
            </h2>
            <p>{t(`cards.${section.key}`)}</p>
          </section>
        ))}
      </div>
    </>
  );
}
