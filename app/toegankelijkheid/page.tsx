import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

const SECTIONS = ["status", "scope", "measures", "limitations", "contact", "date"] as const;

/** The accessibility statement in the form Dutch public organisations publish it (WCAG 2.1 AA). */
export default async function AccessibilityPage() {
  const t = await getTranslations("accessibility");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <div className={styles.entries}>
        {SECTIONS.map((section) => (
          <section key={section} className="card" aria-labelledby={`accessibility-${section}`}>
            <h2 id={`accessibility-${section}`}>{t(`${section}.title`)}</h2>
            <p>{t(`${section}.text`)}</p>
          </section>
        ))}
      </div>
    </>
  );
}
