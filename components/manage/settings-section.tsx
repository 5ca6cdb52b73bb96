import { getTranslations } from "next-intl/server";
import type { FormServerAction } from "@/lib/server/form-action";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { ActionForm } from "../ui/action-form";
import ui from "../ui/ui.module.css";
import styles from "./manage.module.css";

export type SettingsActions = {
  updateSettings: FormServerAction;
  updatePartner: FormServerAction;
  removePartner: FormServerAction;
  addPartner: FormServerAction;
  setClosed: FormServerAction;
  deleteScan: FormServerAction;
};

/** Settings, partners, opening and closing, and deleting the scan. */
export async function SettingsSection({
  view,
  token,
  actions,
}: {
  view: ManagementView;
  token: string;
  actions: SettingsActions;
}) {
  const t = await getTranslations("manage");
  const tCreate = await getTranslations("create");
  const hidden = (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="round" value={view.round} />
    </>
  );
  // A self-assessment invites nobody, so it has no number of people invited.
  const invitesPeople = view.reportingMode !== "self";
  return (
    <>
      <section id="instellingen" className="card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t("settingsTitle")}</h2>
        <ActionForm action={actions.updateSettings}>
          {hidden}
          <div className={ui.field}>
            <label htmlFor="settings-name" className={ui.label}>
              {tCreate("name")}
            </label>
            <input
              id="settings-name"
              name="name"
              className={ui.input}
              defaultValue={view.name}
              required
              maxLength={120}
            />
          </div>
          <div className={ui.field}>
            <label htmlFor="settings-description" className={ui.label}>
              {tCreate("description")}
            </label>
            <textarea
              id="settings-description"
              name="description"
              className={ui.textarea}
              defaultValue={view.description}
              maxLength={2000}
            />
          </div>
          <div className={ui.field}>
            <label htmlFor="settings-closes" className={ui.label}>
              {tCreate("closesOn")}
            </label>
            <input
              id="settings-closes"
              name="closesOn"
              type="date"
              className={ui.input}
              defaultValue={view.closesAt ? view.closesAt.toISOString().slice(0, 10) : ""}
            />
          </div>
          <div className={ui.field}>
            <label>
              <input type="checkbox" name="showResultsToRespondents" defaultChecked={view.showResultsToRespondents} />{" "}
              {tCreate("showResults")}
            </label>
          </div>
          <button type="submit" className="button button-secondary">
            {t("save")}
          </button>
        </ActionForm>
      </section>

      <section id="partners" className="card" aria-labelledby="partners-title">
        <h2 id="partners-title">{t("partnersTitle")}</h2>
        <ul className={styles.list}>
          {view.partners.map((partner) => (
            <li key={partner.id}>
              <ActionForm action={actions.updatePartner}>
                {hidden}
                <input type="hidden" name="partnerId" value={partner.id} />
                <div className={styles.inline}>
                  <div>
                    <label htmlFor={`rename-${partner.id}`} className={ui.label}>
                      {t("rename", { partner: partner.name })}
                    </label>
                    <input
                      id={`rename-${partner.id}`}
                      name="name"
                      className={ui.input}
                      defaultValue={partner.name}
                      maxLength={100}
                      required
                    />
                  </div>
                  {invitesPeople ? (
                    <InvitedCountField
                      id={`invited-${partner.id}`}
                      label={t("invitedCount", { partner: partner.name })}
                      value={partner.invitedCount}
                    />
                  ) : null}
                  <button type="submit" className="button button-secondary">
                    {t("save")}
                  </button>
                </div>
              </ActionForm>
              <p className="muted" data-testid={`respondents-${partner.name}`}>
                {t("respondentCount", { count: partner.respondentCount })}
                {partner.progress.invited > 0 ? ` · ${t("unopenedLinks", { count: partner.progress.invited })}` : ""}
              </p>
              {!partner.hasRespondentRecords && view.partners.length > 2 ? (
                <ActionForm action={actions.removePartner} confirm={t("removeConfirm", { partner: partner.name })}>
                  {hidden}
                  <input type="hidden" name="partnerId" value={partner.id} />
                  <button type="submit" className="button button-secondary">
                    {t("removePartner", { partner: partner.name })}
                  </button>
                </ActionForm>
              ) : null}
            </li>
          ))}
        </ul>
        {view.partners.length < 20 && view.canShowLinks ? (
          <ActionForm action={actions.addPartner}>
            {hidden}
            <div className={styles.inline}>
              <div>
                <label htmlFor="new-partner" className={ui.label}>
                  {t("newPartner")}
                </label>
                <input id="new-partner" name="name" className={ui.input} maxLength={100} required />
              </div>
              {invitesPeople ? (
                <InvitedCountField id="new-partner-invited" label={t("newPartnerInvited")} value={null} />
              ) : null}
              <button type="submit" className="button button-secondary">
                {t("addPartner")}
              </button>
            </div>
          </ActionForm>
        ) : null}
      </section>

      <section id="status" className="card" aria-labelledby="state-title">
        <h2 id="state-title">{t("stateTitle")}</h2>
        <ActionForm action={actions.setClosed}>
          {hidden}
          {view.isClosed && !view.isLatestRound ? (
            <p className="muted">{t("olderRoundClosed")}</p>
          ) : view.isClosed ? (
            <>
              <input type="hidden" name="isClosed" value="false" />
              <button type="submit" className="button button-secondary">
                {t("reopenScan")}
              </button>
            </>
          ) : (
            <>
              <p className="muted">{t("closeLead")}</p>
              <input type="hidden" name="isClosed" value="true" />
              <button type="submit" className="button button-secondary">
                {t("closeScan")}
              </button>
            </>
          )}
        </ActionForm>
      </section>

      <section id="verwijderen" className={`card ${styles.danger}`} aria-labelledby="delete-title">
        <h2 id="delete-title">{t("deleteTitle")}</h2>
        <p>{t("deleteLead")}</p>
        <ActionForm action={actions.deleteScan}>
          {hidden}
          <div className={ui.field}>
            <label htmlFor="delete-confirmation" className={ui.label}>
              {t("deleteConfirmLabel", { name: view.name })}
            </label>
            <input id="delete-confirmation" name="confirmation" className={ui.input} autoComplete="off" required />
          </div>
          <button type="submit" className={`button ${styles.dangerButton}`}>
            {t("delete")}
          </button>
        </ActionForm>
      </section>
    </>
  );
}

/** How many people of a partner are invited: the most that can submit through its link. */
function InvitedCountField({ id, label, value }: { id: string; label: string; value: number | null }) {
  return (
    <div>
      <label htmlFor={id} className={ui.label}>
        {label}
      </label>
      <input
        id={id}
        name="invitedCount"
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        className={`${ui.input} ${styles.narrow}`}
        defaultValue={value ?? ""}
        required
      />
    </div>
  );
}
