/**
 * Whether this installation sends e-mail, and through which SMTP server.
 * Without SMTP_HOST the product sends nothing and offers links to copy
 * instead, so the quick start needs no mail server.
 */
import type { Env } from "../../env";

export type MailSettings = {
  host: string;
  port: number;
  /** TLS from the first byte; otherwise STARTTLS when the server offers it. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
};

export function mailSettingsFrom(env: Env): MailSettings | null {
  if (env.SMTP_HOST === undefined || env.MAIL_FROM === undefined) return null;
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE ?? env.SMTP_PORT === 465,
    auth:
      env.SMTP_USER !== undefined && env.SMTP_PASSWORD !== undefined
        ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD }
        : null,
    from: env.MAIL_FROM,
  };
}
