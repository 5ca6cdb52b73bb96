import { getLocale, getTranslations } from "next-intl/server";
import { ROLES } from "@/content";
import { roleLabel } from "@/lib/instrument/labels";
import { linkTo } from "@/lib/server/base-url";
import type { FormServerAction } from "@/lib/server/form-action";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { ActionForm } from "../ui/action-form";
import { CopyField } from "../ui/copy-field";
import ui from "../ui/ui.module.css";
import styles from "./manage.module.css";

/** The partners of the round as a select named partnerId. */
export function PartnerSelect({ id, label, view }: { id: string; label: string; view: ManagementView }) {
  return (
    <div>
      <label htmlFor={id} className={ui.label}>
        {label}
      </label>
      <select id={id} name="partnerId" className={ui.select}>
        {view.partners.map((partner) => (
          <option key={partner.id} value={partner.id}>
            {partner.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export type PersonalLinkActions = {
  answerYourself: FormServerAction;
  createLink: FormServerAction;
  revokeLink: FormServerAction;
};

/** Personal links for named respondents, and the manager answering personally. */
export async function PersonalLinksSection({
  view,
  token,
  base,
  actions,
}: {
  view: ManagementView;
  token: string;
  base: string;
  actions: PersonalLinkActions;
}) {
  const t = await getTranslations("manage");
  const locale = await getLocale();
  const partnerName = (id: string | null) => view.partners.find((partner) => partner.id === id)?.name ?? "";
  // A self-assessment has one respondent, the manager; once that link exists it is listed below.
  const isSelfAssessment = view.reportingMode === "self";
  const canAnswerYourself = view.canShowLinks && !view.isClosed && !(isSelfAssessment && view.personalLinks.length > 0);
  return (
    <>
      <section id="zelf" className="card" aria-labelledby="self-title">
        <h2 id="self-title">{t("selfTitle")}</h2>
        <p className="muted">{t("selfLead")}</p>
        <ActionForm action={actions.answerYourself}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="label" value={t("selfTitle")} />
          <div className={styles.inline}>
            <PartnerSelect id="self-partner" label={t("selfPartner")} view={view} />
            <div>
              <label htmlFor="self-role" className={ui.label}>
                {t("selfRole")}
              </label>
              <select id="self-role" name="role" className={ui.select} defaultValue="manager">
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleLabel(role, locale)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button-primary" disabled={!canAnswerYourself}>
              {t("selfStart")}
            </button>
          </div>
        </ActionForm>
      </section>

      <section id="persoonlijk" className="card" aria-labelledby="personal-title">
        <h2 id="personal-title">{t("personalTitle")}</h2>
        <p className="muted">{isSelfAssessment ? t("personalLeadSelf") : t("personalLead")}</p>
        {isSelfAssessment ? null : (
          <ActionForm action={actions.createLink}>
            <input type="hidden" name="token" value={token} />
            <div className={styles.inline}>
              <div>
                <label htmlFor="personal-label" className={ui.label}>
                  {t("personalLabel")}
                </label>
                <input id="personal-label" name="label" className={ui.input} maxLength={100} required />
              </div>
              <PartnerSelect id="personal-partner" label={t("personalPartner")} view={view} />
              <button type="submit" className="button button-secondary" disabled={view.isClosed || !view.canShowLinks}>
                {t("personalCreate")}
              </button>
            </div>
          </ActionForm>
        )}
        {view.personalLinks.length === 0 ? (
          <p className="muted">{t("personalNone")}</p>
        ) : (
          <ul className={styles.list}>
            {view.personalLinks.map((link) => (
              <li key={link.respondentId}>
                {link.token === null ? (
                  <p>{`${link.label} · ${partnerName(link.partnerId)} · ${link.isRevoked ? t("revoked") : t(`status.${link.status}`)}`}</p>
                ) : (
                  <CopyField
                    label={`${link.label} · ${partnerName(link.partnerId)} · ${link.isRevoked ? t("revoked") : t(`status.${link.status}`)}`}
                    value={linkTo(base, `/r/${link.token}`, view.locale)}
                  />
                )}
                {link.isRevoked ? null : (
                  <ActionForm action={actions.revokeLink} confirm={t("revokeConfirm", { label: link.label })}>
                    <input type="hidden" name="token" value={token} />
                    <input type="hidden" name="respondentId" value={link.respondentId} />
                    <button type="submit" className="button button-secondary">
                      {t("revoke")}
                    </button>
                  </ActionForm>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
