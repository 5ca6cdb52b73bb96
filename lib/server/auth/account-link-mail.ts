/**
 * The mails with a sign-in link, a password-reset link or a link that
 * confirms a new account's address, in the language the person asked in:
 * what the link does, how long it works, and that nothing happens if they
 * did not ask for it.
 */
import type { Locale } from "../../../content";
import { exportTranslator } from "../../export/translator";
import { escapeHtml, mailHtml } from "../mail/mail-html";
import type { MailMessage } from "../mail/send-mail";

export type AccountLinkKind = "signIn" | "resetPassword" | "confirmEmail";

export function accountLinkMail(facts: {
  kind: AccountLinkKind;
  locale: Locale;
  to: string;
  link: string;
  minutes: number;
}): MailMessage {
  const t = exportTranslator(facts.locale);
  const subject = t(`accountMail.${facts.kind}Subject`);
  const lead = t(`accountMail.${facts.kind}Lead`, { minutes: facts.minutes, hours: Math.round(facts.minutes / 60) });
  const button = t(`accountMail.${facts.kind}Button`);
  const notYou = t(`accountMail.${facts.kind}NotYou`);
  const fallback = t("mail.fallback");
  const text = [t("mail.greeting"), "", lead, "", `${button}: ${facts.link}`, "", notYou].join("\n");
  const html = mailHtml({
    locale: facts.locale,
    subject,
    greeting: t("mail.greeting"),
    paragraphs: [lead],
    link: facts.link,
    button,
    linkNote: fallback,
    footerHtml: [`<p style="margin:16px 8px 8px;font-size:13px;color:#4a5563;">${escapeHtml(notYou)}</p>`],
  });
  return { to: facts.to, subject, text, html };
}
