import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteSection } from "@/components/manage/invite-section";
import styles from "@/components/manage/manage.module.css";
import { PersonalLinksSection } from "@/components/manage/personal-links-section";
import { ProgressSection } from "@/components/manage/progress-section";
import { SettingsSection } from "@/components/manage/settings-section";
import { CopyField } from "@/components/ui/copy-field";
import { baseUrl } from "@/lib/server/base-url";
import { loadOrNotFound } from "@/lib/server/load-or-not-found";
import { getManagementView } from "@/lib/server/scan/get-management-view";
import {
  addPartnerAction,
  answerYourselfAction,
  createPersonalLinkAction,
  deleteScanAction,
  removePartnerAction,
  renewInviteAction,
  revokePersonalLinkAction,
  setClosedAction,
  updatePartnerAction,
  updateSettingsAction,
} from "./actions";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ nieuw?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage");
  return { title: t("label"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ManagePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { nieuw } = await searchParams;
  const view = await loadOrNotFound(token, getManagementView);
  const t = await getTranslations("manage");
  const tResults = await getTranslations("results");
  const format = await getFormatter();
  const base = await baseUrl();
  // A self-assessment invites nobody: no invitation links.
  const isSelfAssessment = view.reportingMode === "self";
  const sections = [
    ["respons", t("progressTitle")],
    ...(isSelfAssessment ? [] : ([["uitnodigen", t("invitesTitle")]] as const)),
    ["zelf", t("selfTitle")],
    ["persoonlijk", t("personalTitle")],
    ["instellingen", t("settingsTitle")],
  ] as const;
  return (
    <>
      <p className="muted">{t("label")}</p>
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
      {nieuw ? (
        <section className={`card ${styles.newLink}`} aria-labelledby="new-link-title">
          <h2 id="new-link-title">{t("newLinkTitle")}</h2>
          <p>{t("newLinkText")}</p>
          <CopyField label={t("newLinkLabel")} value={`${base}/beheer/${token}`} testId="management-link" />
        </section>
      ) : null}
      <p className={styles.resultsLinks}>
        <Link href={`/beheer/${token}/resultaten`} className="button button-primary">
          {tResults("results")}
        </Link>
        {/* Not prefetched: the form must be rendered with this round's settings, never from a cached empty form. */}
        <Link href={`/scans/nieuw?vorige=${token}`} className="button button-secondary" prefetch={false}>
          {tResults("newRound")}
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
        {isSelfAssessment ? null : (
          <InviteSection view={view} token={token} base={base} renewInvite={renewInviteAction} />
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
      </div>
    </>
  );
}
