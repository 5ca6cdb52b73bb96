/**
 * Rounds from before link secrets derived their invitation and personal
 * links from the management token, which the database keeps only as a hash:
 * nobody but the link's holder could show those links. The first time that
 * link is used again, each of its rounds gets a link secret of its own, and
 * the links already given out are kept as they are (their tokens, as the link
 * secret itself, now sit in the database), so every link people hold keeps
 * working and can be shown by everyone who may manage the collaboration.
 * Links made or renewed from then on derive from the round's secret.
 */
import "server-only";
import { db } from "../db";
import { generateToken, hashToken, inviteToken, personalToken } from "../tokens";

export async function adoptLinkSecrets(options: {
  collaborationId: string;
  managementToken: string;
  /** The collaboration's own link (its rounds without a key of their own), or an older round's link. */
  isCollaborationLink: boolean;
}): Promise<void> {
  const keyFilter = options.isCollaborationLink
    ? { linkKeyHash: null }
    : { linkKeyHash: hashToken(options.managementToken) };
  const rounds = await db.scan.findMany({
    where: { collaborationId: options.collaborationId, linkSecret: null, ...keyFilter },
    select: { id: true },
  });
  for (const round of rounds) {
    await db.$transaction(async (tx) => {
      // Two requests with the same link at once: only the first adopts, so no secret is written twice.
      const claimed = await tx.scan.updateMany({
        where: { id: round.id, linkSecret: null },
        data: { linkSecret: generateToken() },
      });
      if (claimed.count === 0) return;
      const partners = await tx.partner.findMany({ where: { scanId: round.id } });
      for (const partner of partners) {
        await tx.partner.update({
          where: { id: partner.id },
          data: { legacyInviteToken: inviteToken(options.managementToken, partner.id, partner.inviteGeneration) },
        });
      }
      const personal = await tx.respondent.findMany({ where: { scanId: round.id, isPersonalLink: true } });
      for (const respondent of personal) {
        await tx.respondent.update({
          where: { id: respondent.id },
          data: {
            legacyLinkToken: personalToken(options.managementToken, respondent.id, respondent.linkGeneration),
          },
        });
      }
    });
  }
}

/** A partner's current invitation token, if the round has a link secret (see above). */
export function partnerInviteToken(
  scan: { linkSecret: string | null },
  partner: { id: string; inviteGeneration: number; legacyInviteToken: string | null },
): string | null {
  if (partner.legacyInviteToken !== null) return partner.legacyInviteToken;
  return scan.linkSecret === null ? null : inviteToken(scan.linkSecret, partner.id, partner.inviteGeneration);
}

/** A personal link's current token, if the round has a link secret. */
export function personalLinkToken(
  scan: { linkSecret: string | null },
  respondent: { id: string; linkGeneration: number; legacyLinkToken: string | null },
): string | null {
  if (respondent.legacyLinkToken !== null) return respondent.legacyLinkToken;
  return scan.linkSecret === null ? null : personalToken(scan.linkSecret, respondent.id, respondent.linkGeneration);
}
