import { getTranslations } from "next-intl/server";
import ui from "../ui/ui.module.css";
import styles from "./results.module.css";

/** Downloads from the results screen: the report with an optional advisor line, and the data files. */
export async function ExportSection({ token }: { token: string }) {
  const t = await getTranslations("export");
  const base = `/beheer/${token}/export`;
  return (
    <section className={`card ${styles.noPrint}`} aria-labelledby="export-title">
      <h2 id="export-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <form method="get" action={`${base}/pdf`} className={styles.exportForm}>
        <div>
          <label htmlFor="advisor" className={ui.label}>
            {t("advisor")}
          </label>
          <input id="advisor" name="adviseur" className={ui.input} maxLength={120} autoComplete="organization" />
        </div>
        <button type="submit" className="button button-primary">
          {t("download")}: {t("pdf")}
        </button>
      </form>
      <ul className={styles.downloads}>
        <li>
          <a href={`${base}/pptx`} download>
            {t("pptx")}
          </a>
        </li>
        <li>
          <a href={`${base}/xlsx`} download>
            {t("xlsx")}
          </a>
        </li>
        <li>
          <a href={`${base}/csv`} download>
            {t("csv")}
          </a>
        </li>
        <li>
          <a href={`${base}/csv-analysis`} download>
            {t("csvAnalysis")}
          </a>
        </li>
        <li>
          <a href={`${base}/json`} download>
            {t("json")}
          </a>
        </li>
      </ul>
    </section>
  );
}
