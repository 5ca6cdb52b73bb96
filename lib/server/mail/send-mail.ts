/**
 * Sends one message through the installation's SMTP server (nodemailer).
 * A refused recipient or an unreachable server is an outcome, not an
 * exception: callers record the reason (a delivery failure the manager sees)
 * and go on with the next address.
 */
import "server-only";
import nodemailer from "nodemailer";
import { env } from "../../env";
import { DomainError } from "../errors";
import { log } from "../log";
import { type MailSettings, mailSettingsFrom } from "./mail-settings";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers such as List-Unsubscribe. */
  headers?: Record<string, string>;
};

export type MailOutcome = { ok: true } | { ok: false; reason: string };

const MAX_REASON_LENGTH = 300;
// Bounds on a slow or silent server, so a batch of invitations cannot hang the manager's request.
const CONNECTION_TIMEOUT_MS = 20_000;
const SOCKET_TIMEOUT_MS = 30_000;

export function isMailConfigured(): boolean {
  return mailSettingsFrom(env()) !== null;
}

/** The settings, or the error that tells the user e-mail is not configured here. */
export function requireMailSettings(): MailSettings {
  const settings = mailSettingsFrom(env());
  if (!settings) throw new DomainError("mailNotConfigured");
  return settings;
}

export async function sendMail(message: MailMessage): Promise<MailOutcome> {
  const settings = requireMailSettings();
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.auth ?? undefined,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: CONNECTION_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
    });
    if (info.rejected.length > 0) return failed("recipient refused");
    return { ok: true };
  } catch (error) {
    return failed(describeFailure(error));
  } finally {
    transport.close();
  }
}

function failed(reason: string): MailOutcome {
  // The reason names the server's answer, never the address: the log carries no personal data.
  log("warn", "mail.failed", { reason });
  return { ok: false, reason: reason.slice(0, MAX_REASON_LENGTH) };
}

/** The SMTP server's own answer when there is one ("550 5.1.1 No such user"), else what went wrong on the way. */
function describeFailure(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { response, code, message } = error as { response?: unknown; code?: unknown; message?: unknown };
    if (typeof response === "string" && response !== "") return response.replace(/\s+/g, " ").trim();
    if (typeof code === "string" && code !== "") return typeof message === "string" ? `${code}: ${message}` : code;
  }
  return "unknown error";
}
