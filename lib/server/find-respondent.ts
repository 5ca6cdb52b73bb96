import "server-only";
import { db } from "./db";
import { NotFoundError } from "./errors";
import { hashToken } from "./tokens";

/** The respondent a link belongs to, with the scan; unknown and revoked links are not found. */
export async function findRespondentByToken(token: string) {
  const respondent = await db.respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { scan: true },
  });
  if (!respondent || respondent.revokedAt) throw new NotFoundError();
  return respondent;
}
