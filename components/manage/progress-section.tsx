import { getLocale, getTranslations } from "next-intl/server";
import { roleLabel } from "@/lib/instrument/labels";
import type { ManagedPartner, ManagementView } from "@/lib/server/scan/get-management-view";
import type { Progress } from "@/lib/server/scan/progress";
import ui from "../ui/ui.module.css";
import styles from "./manage.module.css";

type Row = { key: string; name: string; notes: string[]; progress: Progress };

type Labels = { submitted: string; started: string; invited: string };

function ProgressRows({ rows, labels }: { rows: Row[]; labels: Labels }) {
  return rows.map(({ key, name, notes, progress }) => (
    <tr key={key}>
      <th scope="row">
        {name}
        {notes.map((note) => (
          <span key={note} className={styles.rowNote}>
            {note}
          </span>
        ))}
      </th>
      <td className={styles.number} data-label={labels.submitted}>
        {progress.submitted}
      </td>
      <td className={styles.number} data-label={labels.started}>
        {progress.started}
      </td>
      <td className={styles.number} data-label={labels.invited}>
        {progress.invited}
      </td>
    </tr>
  ));
}

/**
 * Response per partner and per role: completed, in progress, personal links
 * nobody opened yet; and per partner whether its answers show in the results
 * yet, or how many more people must fill in before they do.
 */
export async function ProgressSection({ view }: { view: ManagementView }) {
  const t = await getTranslations("manage");
  const locale = await getLocale();
  const isSelfAssessment = view.reportingMode === "self";
  const visibilityNote = (partner: ManagedPartner): string => {
    const { state, more, isPooled, limit } = partner.visibility;
    if (state === "shown") return t("visibility.shown");
    const needed = more === null ? t("visibility.moreThan", { count: limit }) : t("visibility.more", { count: more });
    if (state === "held-back") return t("visibility.heldBack", { needed });
    return isPooled ? t("visibility.pooled", { needed }) : t("visibility.notShown", { needed });
  };
  const labels = { submitted: t("columnSubmitted"), started: t("columnStarted"), invited: t("columnInvited") };
  const header = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className={styles.number}>
          {t("columnSubmitted")}
        </th>
        <th scope="col" className={styles.number}>
          {t("columnStarted")}
        </th>
        <th scope="col" className={styles.number}>
          {t("columnInvited")}
        </th>
      </tr>
    </thead>
  );
  return (
    <section id="respons" className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t("progressTitle")}</h2>
      <p data-testid="progress-total">{t("progressTotal", view.total)}</p>
      <table className={`${styles.table} ${ui.stackOnPhone}`} data-testid="progress-partners">
        <caption className="visually-hidden">{t("progressTitle")}</caption>
        {header(t("columnPartner"))}
        <tbody>
          <ProgressRows
            labels={labels}
            rows={view.partners.map((partner) => ({
              key: partner.id,
              name: partner.name,
              notes: [
                ...(partner.invitedCount === null ? [] : [t("expected", { count: partner.invitedCount })]),
                ...(isSelfAssessment ? [] : [visibilityNote(partner)]),
              ],
              progress: partner.progress,
            }))}
          />
        </tbody>
      </table>
      {view.roles.length > 0 ? (
        <table className={`${styles.table} ${ui.stackOnPhone}`}>
          <caption className="visually-hidden">{t("columnRole")}</caption>
          {header(t("columnRole"))}
          <tbody>
            <ProgressRows
              labels={labels}
              rows={view.roles.map(({ role, progress }) => ({
                key: role ?? "unknown",
                name: role ? roleLabel(role, locale) : t("roleUnknown"),
                notes: [],
                progress,
              }))}
            />
          </tbody>
        </table>
      ) : null}
      <dl className={styles.terms}>
        <div>
          <dt>{t("columnSubmitted")}</dt>
          <dd>{t("termSubmitted")}</dd>
        </div>
        <div>
          <dt>{t("columnStarted")}</dt>
          <dd>{t("termStarted")}</dd>
        </div>
        <div>
          <dt>{t("columnInvited")}</dt>
          <dd>{t("termInvited")}</dd>
        </div>
        {isSelfAssessment ? null : (
          <div>
            <dt>{t("termExpectedLabel")}</dt>
            <dd>{t("termExpected", { threshold: Math.max(3, view.anonymityThreshold) })}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
