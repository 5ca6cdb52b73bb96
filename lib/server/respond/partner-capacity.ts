import "server-only";
import type { Prisma } from "@prisma/client";
import { DomainError } from "../errors";

/**
 * How many people of a partner may submit: as many as the manager says are
 * invited. Without this limit, anyone holding an invitation link (the
 * manager too) could add respondents with known answers until a small
 * partner's figures appear, and then subtract them. The count is checked in
 * the same transaction that records a submission, so two people submitting
 * at the same moment cannot both take the last place. (SQLite runs one
 * transaction at a time; PostgreSQL would need the partner row locked.)
 */
export async function assertPartnerHasRoom(client: Prisma.TransactionClient, partnerId: string | null): Promise<void> {
  if (partnerId === null) return;
  const partner = await client.partner.findUnique({ where: { id: partnerId }, select: { invitedCount: true } });
  if (partner?.invitedCount == null) return;
  const submitted = await client.respondent.count({ where: { partnerId, submittedAt: { not: null } } });
  if (submitted >= partner.invitedCount) throw new DomainError("invitationFull");
}
