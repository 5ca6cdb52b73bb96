import { getFormatter, getTranslations } from "next-intl/server";
import { estimateMinutes } from "@/lib/instrument/duration";
import { linkTo } from "@/lib/server/base-url";
import type { FormServerAction } from "@/lib/server/form-action";
import { pasteInvitationText } from "@/lib/server/invitations/invitation-mail";
import type { InviteeOverview } from "@/lib/server/invitations/list-invitees";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { ActionForm } from "../ui/action-form";
import ui from "../ui/ui.module.css";
import styles from "./manage.module.css";
import { PartnerSelect } from "./personal-links-section";

export type EmailInviteActions = {
  invite: FormServerAction;
  remind: FormServerAction;
  setInterval: FormServerAction;
};

/**
 * Invitations by e-mail: per partner a pasted list of addresses, reminders
 * to those who have not submitted, and per address what happened. Without
 * SMTP, a text per partner to paste into one's own mail.
 */
export async function EmailInviteSection({
  view,
  overview,
  token,
  base,
  retentionDays,
  actions,
}: {
  view: ManagementView;
  overview: InviteeOverview;
  token: string;
  base: string;
  retentionDays: number;
  actions: EmailInviteActions;
}) {
  const t = await getTranslations("emailInvites");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  const partnerName = (id: string) => view.partners.find((partner) => partner.id === id)?.name ?? "";
  const canSend = overview.isMailConfigured && view.canShowLinks && !view.isClosed;
  return (
    <section id="e-mail" className="card" aria-labelledby="email-title">
      <h2 id="email-title">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      {!view.canShowLinks ? <p className={styles.notice}>{t("otherLink")}</p> : null}
      {view.canShowLinks && !overview.isMailConfigured ? (
        <>
          <p className={styles.notice}>{t("notConfigured")}</p>
          {view.partners.map((partner) => (
            <div key={partner.id} className={styles.partnerInvite}>
              <label htmlFor={`paste-${partner.id}`} className={ui.label}>
                {t("pasteTextLabel", { partner: partner.name })}
              </label>
              <textarea
                id={`paste-${partner.id}`}
                className={ui.textarea}
                readOnly
                rows={8}
                value={pasteInvitationText({
                  locale: view.locale,
                  scanName: view.name,
                  partnerName: partner.name,
                  minutes: estimateMinutes(view.variant, view.instrumentVersion),
                  threshold: view.anonymityThreshold,
                  closesAt: view.closesAt,
                  link: linkTo(base, `/i/${partner.inviteToken}`, view.locale),
                })}
              />
            </div>
          ))}
        </>
      ) : null}
      {overview.isMailConfigured && view.isClosed ? <p className={styles.notice}>{t("closed")}</p> : null}
      {canSend ? (
        <ActionForm action={actions.invite}>
          <input type="hidden" name="token" value={token} />
          <div className={ui.field}>
            <PartnerSelect id="email-partner" label={t("partnerLabel")} view={view} />
          </div>
          <div className={ui.field}>
            <label htmlFor="email-addresses" className={ui.label}>
              {t("addressesLabel")}
            </label>
            <p id="email-addresses-hint" className={ui.hint}>
              {t("addressesHint")}
            </p>
            <textarea
              id="email-addresses"
              name="addresses"
              className={ui.textarea}
              rows={4}
              required
              aria-describedby="email-addresses-hint"
              autoComplete="off"
            />
          </div>
          <button type="submit" className="button button-primary">
            {t("send")}
          </button>
        </ActionForm>
      ) : null}
      {overview.isMailConfigured && view.canShowLinks ? (
        <>
          <h3 className={styles.subheading}>{t("remindersTitle")}</h3>
          <p className="muted">{t("remindersLead", { days: overview.reminderIntervalDays })}</p>
          <ActionForm action={actions.remind} className={styles.remind}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="round" value={view.round} />
            <button type="submit" className="button button-primary" disabled={!canSend}>
              {t("remind")}
            </button>
          </ActionForm>
          <ActionForm action={actions.setInterval}>
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="round" value={view.round} />
            <div className={styles.inline}>
              <div>
                <label htmlFor="reminder-interval" className={ui.label}>
                  {t("intervalLabel")}
                </label>
                <input
                  id="reminder-interval"
                  name="days"
                  type="number"
                  min={1}
                  max={60}
                  required
                  className={`${ui.input} ${styles.intervalInput}`}
                  defaultValue={overview.reminderIntervalDays}
                />
              </div>
              <button type="submit" className="button button-secondary">
                {t("intervalSave")}
              </button>
            </div>
          </ActionForm>
        </>
      ) : null}
      <h3 className={styles.subheading}>{t("listTitle")}</h3>
      {overview.invitees.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <table className={`${styles.table} ${ui.stackOnPhone}`} data-testid="invitees">
          <caption className="visually-hidden">{t("listTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columnAddress")}</th>
              <th scope="col">{t("columnPartner")}</th>
              <th scope="col">{t("columnMail")}</th>
              <th scope="col">{t("columnSubmitted")}</th>
            </tr>
          </thead>
          <tbody>
            {overview.invitees.map((invitee) => (
              <tr key={invitee.id}>
                <th scope="row" className={styles.address}>
                  {invitee.email}
                </th>
                <td data-label={t("columnPartner")}>{partnerName(invitee.partnerId)}</td>
                <td data-label={t("columnMail")}>
                  {invitee.failureReason !== null ? (
                    <span className={styles.failed}>{t("statusFailed", { reason: invitee.failureReason })}</span>
                  ) : invitee.lastRemindedAt !== null ? (
                    t("statusReminded", { count: invitee.reminderCount, date: date(invitee.lastRemindedAt) })
                  ) : invitee.invitedAt !== null ? (
                    t("statusSent", { date: date(invitee.invitedAt) })
                  ) : (
                    t("statusPending")
                  )}
                </td>
                <td data-label={t("columnSubmitted")}>{invitee.hasSubmitted ? t("submittedYes") : t("submittedNo")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t("retention", { days: retentionDays })}</p>
    </section>
  );
}
