import type { Prisma } from "@prisma/client";
import { generateToken, hashToken, inviteToken } from "../tokens";

export type NewPartner = {
  scanId: string;
  name: string;
  position: number;
  /** The round's link secret: the partner's invitation link is derived from it. */
  linkSecret: string;
  /** How many of its people are invited (the most that can submit); null when not stated. */
  invitedCount?: number | null;
  /** The same partner in the previous round, when it carries over. */
  carriedFromId?: string | null;
};

/**
 * Creates a partner with its first invitation link: the one way to make a
 * partner, for new rounds, added partners, the demo and test populations.
 *
 * The invitation token is derived from the partner's id, which the database
 * assigns only on insert, so the row is written with a random placeholder
 * hash first and given its real one right after. Pass a transaction client:
 * in between, the partner exists with a link nobody holds.
 *
 * No `server-only` guard: scripts running under plain tsx (the seed, the
 * load test) may call it too; it reaches the database only through `client`.
 */
export async function createPartner(client: Prisma.TransactionClient, partner: NewPartner): Promise<{ id: string }> {
  const created = await client.partner.create({
    data: {
      scanId: partner.scanId,
      name: partner.name,
      position: partner.position,
      invitedCount: partner.invitedCount ?? null,
      carriedFromId: partner.carriedFromId ?? null,
      inviteTokenHash: hashToken(generateToken()),
    },
    select: { id: true },
  });
  await client.partner.update({
    where: { id: created.id },
    data: { inviteTokenHash: hashToken(inviteToken(partner.linkSecret, created.id, 0)) },
  });
  return created;
}
