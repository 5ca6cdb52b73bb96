import { getLocale, getTranslations } from "next-intl/server";
import { findingValue } from "@/components/actions/finding-groups";
import { managePaths } from "@/components/manage/paths";
import { PrintButton } from "@/components/results/print-button";
import styles from "@/components/results/results.module.css";
import { agendaFinding } from "@/lib/scoring/actions/finding";
import { loadResults, type RoundParams } from "../load";

/** The conversation questions, laid out to print on one page for a meeting. */
export default async function AgendaPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, scan } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const tActions = await getTranslations("actions");
  const actionsPage = managePaths(token).results(scan.round, "acties");
  return (
    <section className={`card ${styles.agenda}`} aria-labelledby="agenda-title">
      <div className={styles.lensHeader}>
        <h2 id="agenda-title">
          {t("agendaTitle")} · {scan.name}
        </h2>
        <PrintButton label={t("print")} className={styles.noPrint} />
      </div>
      <p className="muted">{t("agendaLead")}</p>
      {diagnosis.agenda.length === 0 ? (
        <p>{t("agendaEmpty")}</p>
      ) : (
        <ol className={styles.agendaList} data-testid="agenda">
          {diagnosis.agenda.map((item) => (
            <li key={`${item.kind}-${item.refId}`}>
              {item.question[locale]}{" "}
              <a
                className={styles.noPrint}
                href={`${actionsPage}?bevinding=${findingValue(agendaFinding(item))}#nieuwe-actie`}
              >
                {tActions("makeAction")}
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
