import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EnterForm } from "@/components/questionnaire/enter-form";
import styles from "@/components/questionnaire/invitation.module.css";
import { Welcome } from "@/components/questionnaire/welcome";
import { contextOptions } from "@/lib/instrument/labels";
import { loadOrNotFound } from "@/lib/server/load-or-not-found";
import { getInvitation, type Invitation } from "@/lib/server/respond/invitation";
import { resumeCookieName } from "@/lib/server/respond/resume-cookie";
import { enterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invite");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The invitation, with the respondent this browser already started as, if any. */
async function load(token: string): Promise<Invitation> {
  const jar = await cookies();
  return loadOrNotFound(token, (inviteToken) =>
    getInvitation(inviteToken, (scanId) => jar.get(resumeCookieName(scanId))?.value ?? null),
  );
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await load(token);
  const t = await getTranslations("invite");
  const locale = await getLocale();
  if (invitation.isClosed || invitation.isSelfAssessment) {
    return (
      <section className="card">
        <h1>{t(invitation.isClosed ? "closedTitle" : "selfTitle")}</h1>
        <p>{t(invitation.isClosed ? "closedText" : "selfText")}</p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="invite-title">
      <p className="muted">{t("title")}</p>
      <h1 id="invite-title">{invitation.scanName}</h1>
      <Welcome facts={invitation} />
      {invitation.invitedCount !== null ? (
        <p className="muted">{t("invited", { count: invitation.invitedCount, partner: invitation.partnerName })}</p>
      ) : null}
      {invitation.isFull && !invitation.resumeToken ? <p className={styles.fullNotice}>{t("fullText")}</p> : null}
      {invitation.resumeToken ? (
        <>
          <p>
            <strong>{t("resumeLead")}</strong>
          </p>
          <p>
            <Link href={`/r/${invitation.resumeToken}`} className="button button-primary">
              {t("resume")}
            </Link>
          </p>
          <p className="muted">{t("startNew")}</p>
        </>
      ) : null}
      <EnterForm
        action={enterAction}
        inviteToken={token}
        roles={contextOptions("context.role").map((option) => ({
          value: option.id.replace("role.", ""),
          label: option.label[locale],
        }))}
        isSecondary={invitation.resumeToken !== null}
        isDisabled={invitation.isFull}
      />
    </section>
  );
}
