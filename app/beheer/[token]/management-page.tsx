import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FieldsForm } from "@/components/account/fields-form";
import { EmailInviteSection } from "@/components/manage/email-invite-section";
import { InviteSection } from "@/components/manage/invite-section";
import styles from "@/components/manage/manage.module.css";
import { managePaths } from "@/components/manage/paths";
import { PersonalLinksSection } from "@/components/manage/personal-links-section";
import { PreviousActionsSection } from "@/components/manage/previous-actions-section";
import { ProgressSection } from "@/components/manage/progress-section";
import { RoundsSection } from "@/components/manage/rounds-section";
import { SettingsSection } from "@/components/manage/settings-section";
import { CopyField } from "@/components/ui/copy-field";
import { env } from "@/lib/env";
import { accountStatus } from "@/lib/server/account/account-status";
import { baseUrl } from "@/lib/server/base-url";
import type { RoundChoice } from "@/lib/server/collaboration/access";
import { listInvitees } from "@/lib/server/invitations/list-invitees";
import { loadForManagerOrNotFound } from "@/lib/server/load-or-not-found";
import { getResults } from "@/lib/server/results/get-results";
import { getManagementView } from "@/lib/server/scan/get-management-view";
import { claimAction } from "../../account-actions";
import {
  addPartnerAction,
  answerYourselfAction,
  createPersonalLinkAction,
  deleteScanAction,
  planNextRoundAction,
  removePartnerAction,
  renewInviteAction,
  revokePersonalLinkAction,
  setClosedAction,
  updatePartnerAction,
  updateSettingsAction,
} from "./actions";
import { setActionStatusAction } from "./agreed-actions";
import { inviteByEmailAction, sendRemindersAction, setReminderIntervalAction } from "./email-actions";

/**
 * The management page of one round of a collaboration: its rounds and rhythm
 * first, then this round's response, links and settings. The collaboration's
 * own address shows its newest round; /ronde/N shows round N.
 */
export async function ManagementPage({ token, round, isNew }: { token: string; round: RoundChoice; isNew: boolean }) {
  const view = await loadForManagerOrNotFound(token, (valid) => getManagementView(valid, round));
  const isViewer = view.role === "viewer";
  // Addresses are for those who invite: a viewer sees none.
  const invitees = isViewer ? null : await listInvitees(token, view.round);
  const t = await getTranslations("manage");
  const tEmail = await getTranslations("emailInvites");
  const ta = await getTranslations("account");
  const account = await accountStatus(view.collaborationId);
  const format = await getFormatter();
  const base = await baseUrl();
  const paths = managePaths(token);
  // A self-assessment invites nobody: no invitation links.
  const isSelfAssessment = view.reportingMode === "self";
  const sections = [
    ["respons", t("progressTitle")],
    ...(isViewer
      ? []
      : ([
          ...(isSelfAssessment
            ? []
            : ([
                ["uitnodigen", t("invitesTitle")],
                ["e-mail", tEmail("title")],
              ] as const)),
          ["zelf", t("selfTitle")],
          ["persoonlijk", t("personalTitle")],
          ["instellingen", t("settingsTitle")],
        ] as const)),
  ] as const;
  return (
    <>
      <p className="muted">
        {t("label")} · {t("roundLabel", { round: view.round })}
      </p>
      <div className={styles.header}>
        <h1>{view.name}</h1>
        <span className={`${styles.badge} ${view.isClosed ? styles.closed : styles.open}`}>
          {view.isClosed ? t("statusClosed") : t("statusOpen")}
        </span>
      </div>
      {view.closesAt && !view.isClosed ? (
        <p className="muted">
          {t("closesOn", { date: format.dateTime(view.closesAt, { dateStyle: "long", timeZone: "UTC" }) })}
        </p>
      ) : null}
      {view.isDemo ? <p className={styles.notice}>{t("demoNotice")}</p> : null}
      {view.isOpenedWithRoundLink ? <p className={styles.notice}>{t("otherLinkNotice")}</p> : null}
      {isViewer ? <p className={styles.notice}>{ta("viewerNotice")}</p> : null}
      {account.isSignedIn && !account.isMember && !view.isDemo ? (
        <section className="card" aria-labelledby="claim-here-title">
          <h2 id="claim-here-title">{ta("claimHere")}</h2>
          <p>{ta("claimHereText")}</p>
          <FieldsForm
            action={claimAction}
            hidden={{ managementLink: token }}
            fields={[]}
            submitLabel={ta("claimButton")}
          />
        </section>
      ) : null}
      {isNew ? (
        <section className={`card ${styles.newLink}`} aria-labelledby="new-link-title">
          <h2 id="new-link-title">{t("newLinkTitle")}</h2>
          <p>{t("newLinkText")}</p>
          <CopyField label={t("newLinkLabel")} value={`${base}${paths.collaboration}`} testId="management-link" />
        </section>
      ) : null}
      <RoundsSection view={view} token={token} planNextRound={planNextRoundAction} />
      {view.round > 1 ? (
        <PreviousActionsSection
          view={view}
          token={token}
          setStatus={setActionStatusAction}
          reviewHref={paths.results(view.round, "acties")}
          reviews={(await getResults(token, view.round)).review ?? []}
        />
      ) : null}
      <p className={styles.resultsLinks}>
        <Link href={paths.results(view.round)} className="button button-primary">
          {t("resultsOfRound", { round: view.round })}
        </Link>{" "}
        <Link href={paths.share} className="button button-secondary">
          {ta("shareLink")}
        </Link>
      </p>
      <nav aria-label={t("sectionsLabel")} className={styles.sectionNav}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.sections}>
        <ProgressSection view={view} />
        {isViewer ? null : (
          <>
            {isSelfAssessment ? null : (
              <InviteSection view={view} token={token} base={base} renewInvite={renewInviteAction} />
            )}
            {isSelfAssessment || invitees === null ? null : (
              <EmailInviteSection
                view={view}
                overview={invitees}
                token={token}
                base={base}
                retentionDays={env().MAIL_RETENTION_DAYS}
                actions={{
                  invite: inviteByEmailAction,
                  remind: sendRemindersAction,
                  setInterval: setReminderIntervalAction,
                }}
              />
            )}
            <PersonalLinksSection
              view={view}
              token={token}
              base={base}
              actions={{
                answerYourself: answerYourselfAction,
                createLink: createPersonalLinkAction,
                revokeLink: revokePersonalLinkAction,
              }}
            />
            <SettingsSection
              view={view}
              token={token}
              actions={{
                updateSettings: updateSettingsAction,
                updatePartner: updatePartnerAction,
                removePartner: removePartnerAction,
                addPartner: addPartnerAction,
                setClosed: setClosedAction,
                deleteScan: deleteScanAction,
              }}
            />
          </>
        )}
      </div>
    </>
  );
}
