/**
 * The invitation and the reminder as e-mail, in the scan's language: what
 * the scan is, how long it takes, how anonymity works, the personal link,
 * why the person gets this mail and how to have their address removed.
 */
import type { Locale } from "../../../content";
import { exportTranslator, localeTag } from "../../export/translator";
import { escapeHtml, mailHtml } from "../mail/mail-html";
import type { MailMessage } from "../mail/send-mail";

export type InvitationMailFacts = {
  kind: "invitation" | "reminder";
  locale: Locale;
  to: string;
  scanName: string;
  partnerName: string;
  minutes: number;
  threshold: number;
  closesAt: Date | null;
  retentionDays: number;
  /** The personal questionnaire link. */
  link: string;
  /** The link that removes this address, without signing in. */
  removalLink: string;
  privacyLink: string;
};

export function invitationMail(facts: InvitationMailFacts): MailMessage {
  const t = exportTranslator(facts.locale);
  const scan = facts.scanName;
  const partner = facts.partnerName;
  const subject = t(facts.kind === "invitation" ? "mail.inviteSubject" : "mail.reminderSubject", { scan });
  const closes = facts.closesAt
    ? t("mail.closesOn", {
        date: facts.closesAt.toLocaleDateString(localeTag(facts.locale), { dateStyle: "long", timeZone: "UTC" }),
      })
    : null;
  const paragraphs = [
    facts.kind === "invitation" ? t("invite.lead", { partner, scan }) : t("mail.reminderLead", { partner, scan }),
    t("mail.what"),
    t("invite.duration", { minutes: facts.minutes }),
    t("invite.privacy", { threshold: facts.threshold }),
    ...(closes ? [closes] : []),
  ];
  const start = t("invite.start");
  const personal = t("mail.personal");
  const fallback = t("mail.fallback");
  const why = t("mail.why", { days: facts.retentionDays });
  const removal = t("mail.removal");
  const privacy = t("mail.privacy");
  const text = [
    t("mail.greeting"),
    "",
    ...paragraphs.flatMap((paragraph) => [paragraph, ""]),
    `${start}: ${facts.link}`,
    personal,
    "",
    "—",
    why,
    `${removal}: ${facts.removalLink}`,
    `${privacy}: ${facts.privacyLink}`,
  ].join("\n");
  const html = mailHtml({
    locale: facts.locale,
    subject,
    greeting: t("mail.greeting"),
    paragraphs,
    link: facts.link,
    button: start,
    linkNote: `${personal} ${fallback}`,
    footerHtml: [
      `<p style="margin:16px 8px 8px;font-size:13px;color:#4a5563;">${escapeHtml(why)}</p>`,
      `<p style="margin:0 8px;font-size:13px;"><a href="${escapeHtml(facts.removalLink)}" style="color:#1f4e79;">${escapeHtml(removal)}</a> · <a href="${escapeHtml(facts.privacyLink)}" style="color:#1f4e79;">${escapeHtml(privacy)}</a></p>`,
    ],
  });
  return {
    to: facts.to,
    subject,
    text,
    html,
    headers: { "List-Unsubscribe": `<${facts.removalLink}>` },
  };
}

/** Without SMTP: the same invitation as a text the manager pastes into their own mail, with a partner's link. */
export function pasteInvitationText(
  facts: Pick<
    InvitationMailFacts,
    "locale" | "scanName" | "partnerName" | "minutes" | "threshold" | "closesAt" | "link"
  >,
): string {
  const t = exportTranslator(facts.locale);
  const closes = facts.closesAt
    ? t("mail.closesOn", {
        date: facts.closesAt.toLocaleDateString(localeTag(facts.locale), { dateStyle: "long", timeZone: "UTC" }),
      })
    : null;
  return [
    t("mail.greeting"),
    t("invite.lead", { partner: facts.partnerName, scan: facts.scanName }),
    t("mail.what"),
    t("invite.duration", { minutes: facts.minutes }),
    t("invite.privacy", { threshold: facts.threshold }),
    ...(closes ? [closes] : []),
    `${t("mail.pasteStart")}: ${facts.link}`,
  ].join("\n\n");
}
