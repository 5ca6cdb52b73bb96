/**
 * What the manager sees per invited address: sent, delivery failed with the
 * reason, submitted or not. Only here, on the management page, do addresses
 * and response status meet; results and exports never read this table.
 */
import "server-only";
import { findRoundForManager, type RoundChoice } from "../collaboration/access";
import { db } from "../db";
import { isMailConfigured } from "../mail/send-mail";
import { purgeExpiredAddresses } from "./purge-addresses";

export type InviteeStatus = {
  id: string;
  email: string;
  partnerId: string;
  invitedAt: Date | null;
  lastRemindedAt: Date | null;
  reminderCount: number;
  failureReason: string | null;
  hasSubmitted: boolean;
};

export type InviteeOverview = {
  isMailConfigured: boolean;
  reminderIntervalDays: number;
  invitees: InviteeStatus[];
};

export async function listInvitees(managementToken: string, round: RoundChoice): Promise<InviteeOverview> {
  const { scan } = await findRoundForManager(managementToken, round);
  await purgeExpiredAddresses();
  const rows = await db.invitee.findMany({
    where: { scanId: scan.id },
    include: { respondent: { select: { submittedAt: true } } },
    orderBy: [{ partnerId: "asc" }, { email: "asc" }],
  });
  return {
    isMailConfigured: isMailConfigured(),
    reminderIntervalDays: scan.reminderIntervalDays,
    invitees: rows.map((row) => ({
      id: row.id,
      email: row.email,
      partnerId: row.partnerId,
      invitedAt: row.invitedAt,
      lastRemindedAt: row.lastRemindedAt,
      reminderCount: row.reminderCount,
      failureReason: row.failureReason,
      hasSubmitted: row.respondent.submittedAt !== null,
    })),
  };
}
