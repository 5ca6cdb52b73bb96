/**
 * The one HTML layout of every mail the scan sends (invitations, reminders,
 * sign-in and reset links): a card with the greeting, the paragraphs, one
 * button, the link written out for mail programs that hide buttons, and a
 * footer under the card. Inline styles only, as mail programs require.
 */
import type { Locale } from "../../../content";

export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export type MailHtmlParts = {
  locale: Locale;
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  link: string;
  button: string;
  /** The line above the written-out link. */
  linkNote: string;
  /** Lines under the card, already HTML (escape what goes in). */
  footerHtml: readonly string[];
};

export function mailHtml(parts: MailHtmlParts): string {
  return `<!doctype html>
<html lang="${parts.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(parts.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f6f8;">
<div style="max-width:560px;margin:0 auto;padding:24px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b2430;">
<div style="background:#ffffff;border-radius:8px;padding:24px;">
<p style="margin:0 0 16px;font-weight:bold;color:#1f4e79;">Samenwerkingsscan</p>
<p style="margin:0 0 16px;">${escapeHtml(parts.greeting)}</p>
${parts.paragraphs.map((paragraph) => `<p style="margin:0 0 16px;">${escapeHtml(paragraph)}</p>`).join("\n")}
<p style="margin:24px 0;"><a href="${escapeHtml(parts.link)}" style="display:inline-block;background:#1f4e79;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:bold;">${escapeHtml(parts.button)}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#4a5563;">${escapeHtml(parts.linkNote)}</p>
<p style="margin:0;font-size:14px;color:#4a5563;word-break:break-all;">${escapeHtml(parts.link)}</p>
</div>
${parts.footerHtml.join("\n")}
</div>
</body>
</html>`;
}
