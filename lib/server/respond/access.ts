import "server-only";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { hashToken } from "../tokens";

/** The respondent a link belongs to, with scan and partner; unknown and revoked links are not found. */
export async function findRespondent(token: string) {
  const respondent = await db.respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { scan: true, partner: true },
  });
  if (!respondent || respondent.revokedAt) throw new NotFoundError();
  return respondent;
}

/** The partner (and scan) an invitation link belongs to; old generations of the link are not found. */
export async function findInvitation(inviteToken: string) {
  const partner = await db.partner.findUnique({
    where: { inviteTokenHash: hashToken(inviteToken) },
    include: { scan: true },
  });
  if (!partner) throw new NotFoundError();
  return partner;
}
