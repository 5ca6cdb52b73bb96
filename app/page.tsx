import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoButton } from "@/components/demo-button";
import { LENS_IDS } from "@/content/schema";
import { isDemoOffered } from "@/lib/server/demo/open-demo";
import { openDemoAction } from "./demo/actions";
import styles from "./page.module.css";

export default async function HomePage() {
  const t = await getTranslations("home");
  const hasDemo = isDemoOffered();
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <p className={styles.eyebrow}>{t("eyebrow")}</p>
        <h1 id="home-title">{t("title")}</h1>
        <p className={styles.lead}>{t("lead")}</p>
        <div className={styles.actions}>
          <Link href="/scans/nieuw" className="button button-primary">
            {t("start")}
          </Link>
          {hasDemo ? <DemoButton action={openDemoAction} label={t("demo")} /> : null}
        </div>
        <p className="muted">
          {t("startHint")}
          {hasDemo ? ` ${t("demoHint")}` : ""}
        </p>
      </section>

      <div className={styles.columns}>
        <section className="card" aria-labelledby="lenses-title">
          <h2 id="lenses-title">{t("lensesTitle")}</h2>
          <p>{t("lensesLead")}</p>
          <ul className={styles.lensList}>
            {LENS_IDS.map((id) => (
              <li key={id}>{t(`lenses.${id}`)}</li>
            ))}
          </ul>
          <p>
            <Link href="/kennisbank">{t("knowledgeLink")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="steps-title">
          <h2 id="steps-title">{t("stepsTitle")}</h2>
          <ol className={styles.steps}>
            <li>{t("steps.create")}</li>
            <li>{t("steps.answer")}</li>
            <li>{t("steps.compare")}</li>
          </ol>
        </section>
      </div>
    </>
  );
}
