import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import styles from "@/components/knowledge/knowledge.module.css";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

const SECTIONS = ["stored", "email", "shown", "time", "retention", "limits", "kept", "contact"] as const;
const LIMITS = ["unanimity", "stuffing", "comments", "openReporting", "rounds"] as const;

/** What the product stores and shows, and what its anonymity does not cover, in plain words. */
export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <div className={styles.entries}>
        {SECTIONS.map((section) => (
          <section key={section} className="card" aria-labelledby={`privacy-${section}`}>
            <h2 id={`privacy-${section}`}>{t(`${section}.title`)}</h2>
            <p>{t(`${section}.text`, { days: env().MAIL_RETENTION_DAYS })}</p>
            {section === "limits" ? (
              <ul>
                {LIMITS.map((limit) => (
                  <li key={limit}>{t(`limits.${limit}`)}</li>
                ))}
              </ul>
            ) : null}
          </section>
        ))}
      </div>
    </>
  );
}
