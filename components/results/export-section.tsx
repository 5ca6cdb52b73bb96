import { getTranslations } from "next-intl/server";
import { managePaths } from "../manage/paths";
import ui from "../ui/ui.module.css";
import styles from "./results.module.css";

/** Downloads from the results screen: the report with an optional advisor line, and the data files. */
export async function ExportSection({ token, round }: { token: string; round: number }) {
  const t = await getTranslations("export");
  const paths = managePaths(token);
  return (
    <section className={`card ${styles.noPrint}`} aria-labelledby="export-title">
      <h2 id="export-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <form method="get" action={paths.exportFile("pdf")} className={styles.exportForm}>
        <input type="hidden" name="ronde" value={round} />
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
          <a href={paths.export("pptx", round)} download>
            {t("pptx")}
          </a>
        </li>
        <li>
          <a href={paths.export("xlsx", round)} download>
            {t("xlsx")}
          </a>
        </li>
        <li>
          <a href={paths.export("csv", round)} download>
            {t("csv")}
          </a>
        </li>
        <li>
          <a href={paths.export("csv-analysis", round)} download>
            {t("csvAnalysis")}
          </a>
        </li>
        <li>
          <a href={paths.export("json", round)} download>
            {t("json")}
          </a>
        </li>
      </ul>
    </section>
  );
}
