/**
 * Reminders go only to invited people who have not submitted, and to each
 * at most once per the round's reminder interval, however often the manager
 * presses the button. A person whose invitation could not be delivered is
 * tried again.
 */
import "server-only";
import { z } from "zod";
import { findRoundForManager, roundLinkSecret } from "../collaboration/access";
import { personalLinkToken } from "../collaboration/link-secrets";
import { db } from "../db";
import { ClosedError } from "../errors";
import { log } from "../log";
import { requireMailSettings } from "../mail/send-mail";
import { isScanClosed } from "../scan/access";
import { ZManagementKey } from "../tokens";
import { deliver } from "./deliver";
import { removalToken } from "./removal-token";

const DAY_MS = 24 * 60 * 60 * 1000;
export const MIN_REMINDER_INTERVAL_DAYS = 1;
export const MAX_REMINDER_INTERVAL_DAYS = 60;

export const ZSendRemindersInput = z
  .object({ managementToken: ZManagementKey, round: z.number().int().min(1).max(10_000) })
  .strict();

export const ZSetReminderIntervalInput = z
  .object({
    managementToken: ZManagementKey,
    round: z.number().int().min(1).max(10_000),
    days: z
      .number({ message: "reminderInterval" })
      .int("reminderInterval")
      .min(MIN_REMINDER_INTERVAL_DAYS, "reminderInterval")
      .max(MAX_REMINDER_INTERVAL_DAYS, "reminderInterval"),
  })
  .strict();

export type RemindersResult = { sent: number; failed: number; notDue: number };

/** Whether a person last mailed at `lastContact` may be reminded now. */
export function isReminderDue(lastContact: Date | null, intervalDays: number, now: Date): boolean {
  return lastContact === null || now.getTime() - lastContact.getTime() >= intervalDays * DAY_MS;
}

export async function sendReminders(
  input: z.infer<typeof ZSendRemindersInput>,
  base: string,
  now = new Date(),
): Promise<RemindersResult> {
  const { access, scan } = await findRoundForManager(input.managementToken, input.round);
  if (isScanClosed(scan, now)) throw new ClosedError();
  const linkSecret = roundLinkSecret(scan, access);
  requireMailSettings();
  const waiting = await db.invitee.findMany({
    where: { scanId: scan.id, respondent: { submittedAt: null, revokedAt: null } },
    include: {
      partner: { select: { name: true } },
      respondent: { select: { id: true, linkGeneration: true, legacyLinkToken: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  // The interval spaces reminders; when the first one goes after the invitation is the manager's call.
  const due = waiting.filter((invitee) => isReminderDue(invitee.lastRemindedAt, scan.reminderIntervalDays, now));
  let sent = 0;
  for (const invitee of due) {
    const delivered = await deliver(
      "reminder",
      scan,
      base,
      {
        inviteeId: invitee.id,
        email: invitee.email,
        partnerName: invitee.partner.name,
        personalToken: personalLinkToken(scan, invitee.respondent) ?? "",
        removalToken: removalToken(linkSecret, invitee.respondentId),
      },
      now,
    );
    if (delivered) sent += 1;
  }
  const result = { sent, failed: due.length - sent, notDue: waiting.length - due.length };
  log("info", "reminders.sent", { scanId: scan.id, ...result });
  return result;
}

export async function setReminderInterval(input: z.infer<typeof ZSetReminderIntervalInput>): Promise<void> {
  const { scan } = await findRoundForManager(input.managementToken, input.round);
  await db.scan.update({ where: { id: scan.id }, data: { reminderIntervalDays: input.days } });
}
