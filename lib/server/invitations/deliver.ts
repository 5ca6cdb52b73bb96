/**
 * Sends an invitation or reminder to one invited person and records the
 * outcome on their row: when it went out, or why the mail server refused it.
 */
import "server-only";
import { env } from "../../env";
import { estimateMinutes } from "../../instrument/duration";
import { linkTo } from "../base-url";
import { db } from "../db";
import { sendMail } from "../mail/send-mail";
import type { ScanRecord } from "../records/scan";
import { invitationMail } from "./invitation-mail";

export type Delivery = {
  inviteeId: string;
  email: string;
  partnerName: string;
  /** The personal questionnaire token and the removal token, both secret. */
  personalToken: string;
  removalToken: string;
};

export async function deliver(
  kind: "invitation" | "reminder",
  scan: ScanRecord,
  base: string,
  delivery: Delivery,
  now = new Date(),
): Promise<boolean> {
  const message = invitationMail({
    kind,
    locale: scan.locale,
    to: delivery.email,
    scanName: scan.collaboration.name,
    partnerName: delivery.partnerName,
    minutes: estimateMinutes(scan.variant, scan.instrumentVersion),
    threshold: scan.anonymityThreshold,
    closesAt: scan.closesAt,
    retentionDays: env().MAIL_RETENTION_DAYS,
    link: linkTo(base, `/r/${delivery.personalToken}`, scan.locale),
    removalLink: linkTo(base, `/afmelden/${delivery.removalToken}`, scan.locale),
    privacyLink: linkTo(base, "/privacy", scan.locale),
  });
  const outcome = await sendMail(message);
  const sent = kind === "invitation" ? { invitedAt: now } : { lastRemindedAt: now, reminderCount: { increment: 1 } };
  // The address may have been removed meanwhile: updateMany touches nothing then.
  await db.invitee.updateMany({
    where: { id: delivery.inviteeId },
    data: outcome.ok
      ? { ...sent, failedAt: null, failureReason: null }
      : { failedAt: now, failureReason: outcome.reason },
  });
  return outcome.ok;
}
