/**
 * The mails with a sign-in link or a password-reset link, in the language
 * the person asked in: what the link does, how long it works, and that
 * nothing happens if they did not ask for it.
 */
import type { Locale } from "../../../content";
import { exportTranslator } from "../../export/translator";
import type { MailMessage } from "../mail/send-mail";

export type AccountLinkKind = "signIn" | "resetPassword";

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function accountLinkMail(facts: {
  kind: AccountLinkKind;
  locale: Locale;
  to: string;
  link: string;
  minutes: number;
}): MailMessage {
  const t = exportTranslator(facts.locale);
  const subject = t(`accountMail.${facts.kind}Subject`);
  const lead = t(`accountMail.${facts.kind}Lead`, { minutes: facts.minutes });
  const button = t(`accountMail.${facts.kind}Button`);
  const notYou = t(`accountMail.${facts.kind}NotYou`);
  const fallback = t("mail.fallback");
  const text = [t("mail.greeting"), "", lead, "", `${button}: ${facts.link}`, "", notYou].join("\n");
  const html = `<!doctype html>
<html lang="${facts.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f8;">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b2430;">
<div style="background:#ffffff;border-radius:8px;padding:24px;">
<p style="margin:0 0 16px;font-weight:bold;color:#1f4e79;">Samenwerkingsscan</p>
<p style="margin:0 0 16px;">${escapeHtml(t("mail.greeting"))}</p>
<p style="margin:0 0 16px;">${escapeHtml(lead)}</p>
<p style="margin:24px 0;"><a href="${escapeHtml(facts.link)}" style="display:inline-block;background:#1f4e79;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;">${escapeHtml(button)}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#4a5563;">${escapeHtml(fallback)}</p>
<p style="margin:0;font-size:14px;color:#4a5563;word-break:break-all;">${escapeHtml(facts.link)}</p>
</div>
<p style="margin:16px 8px 8px;font-size:13px;color:#4a5563;">${escapeHtml(notYou)}</p>
</div>
</body>
</html>`;
  return { to: facts.to, subject, text, html };
}
