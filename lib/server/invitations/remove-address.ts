/**
 * A person removes their own address through the link in every message,
 * without signing in. The link's secret is all it takes; an unknown or
 * already used link says the same as a successful removal, so it reveals
 * nothing about which addresses are stored.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { log } from "../log";
import { hashToken, ZToken } from "../tokens";

export const ZRemoveAddressInput = z.object({ removalToken: ZToken }).strict();

export async function removeAddress(input: z.infer<typeof ZRemoveAddressInput>): Promise<void> {
  const { count } = await db.invitee.deleteMany({ where: { removalTokenHash: hashToken(input.removalToken) } });
  if (count > 0) log("info", "address.removed-by-person", {});
}

/** The round's name, for the confirmation question; null when the link is unknown or the address already gone. */
export async function findRemovalRequest(removalToken: string): Promise<{ scanName: string } | null> {
  if (!ZToken.safeParse(removalToken).success) return null;
  const invitee = await db.invitee.findUnique({
    where: { removalTokenHash: hashToken(removalToken) },
    select: { scan: { select: { collaboration: { select: { name: true } } } } },
  });
  return invitee ? { scanName: invitee.scan.collaboration.name } : null;
}
