import { getLocale, getTranslations } from "next-intl/server";
import { roleLabel } from "@/lib/instrument/labels";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import type { Progress } from "@/lib/server/scan/progress";
import styles from "./manage.module.css";

function ProgressRows({ rows }: { rows: { key: string; name: string; note?: string; progress: Progress }[] }) {
  return rows.map(({ key, name, note, progress }) => (
    <tr key={key}>
      <th scope="row">
        {name}
        {note ? <span className={styles.rowNote}>{note}</span> : null}
      </th>
      <td className={styles.number}>{progress.submitted}</td>
      <td className={styles.number}>{progress.started}</td>
      <td className={styles.number}>{progress.invited}</td>
    </tr>
  ));
}

/** Response per partner and per role: completed, in progress, invited by personal link. */
export async function ProgressSection({ view }: { view: ManagementView }) {
  const t = await getTranslations("manage");
  const locale = await getLocale();
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
      <table className={styles.table}>
        <caption className="visually-hidden">{t("progressTitle")}</caption>
        {header(t("columnPartner"))}
        <tbody>
          <ProgressRows
            rows={view.partners.map((partner) => ({
              key: partner.id,
              name: partner.name,
              note: partner.invitedCount === null ? undefined : t("expected", { count: partner.invitedCount }),
              progress: partner.progress,
            }))}
          />
        </tbody>
      </table>
      {view.roles.length > 0 ? (
        <table className={styles.table}>
          <caption className="visually-hidden">{t("columnRole")}</caption>
          {header(t("columnRole"))}
          <tbody>
            <ProgressRows
              rows={view.roles.map(({ role, progress }) => ({
                key: role ?? "unknown",
                name: role ? roleLabel(role, locale) : t("roleUnknown"),
                progress,
              }))}
            />
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
