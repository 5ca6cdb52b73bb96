import "server-only";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { toRespondentRecord } from "../records/respondent";
import { toScanRecord } from "../records/scan";
import { hashToken } from "../tokens";

/** The respondent a link belongs to, with scan and partner; unknown and revoked links are not found. */
export async function findRespondent(token: string) {
  const respondent = await db.respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { scan: { include: { collaboration: true } }, partner: true },
  });
  if (!respondent || respondent.revokedAt) throw new NotFoundError();
  return { ...toRespondentRecord(respondent), scan: toScanRecord(respondent.scan) };
}

/** The partner (and scan) an invitation link belongs to; old generations of the link are not found. */
export async function findInvitation(inviteToken: string) {
  const partner = await db.partner.findUnique({
    where: { inviteTokenHash: hashToken(inviteToken) },
    include: { scan: { include: { collaboration: true } } },
  });
  if (!partner) throw new NotFoundError();
  return { ...partner, scan: toScanRecord(partner.scan) };
}

/**
 * The few fields saving an answer needs, in one query: saves are the most
 * frequent request, so they skip the partner and the rest of the scan.
 */
export async function findRespondentForSave(token: string) {
  const respondent = await db.respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      startedAt: true,
      submittedAt: true,
      revokedAt: true,
      role: true,
      scan: { select: { variant: true, instrumentVersion: true, closedAt: true, closesAt: true } },
    },
  });
  if (!respondent || respondent.revokedAt) throw new NotFoundError();
  return respondent;
}
