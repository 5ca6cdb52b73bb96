import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import { db } from "../db";
import { DomainError, ValidationError } from "../errors";
import { log } from "../log";
import { roundSettings, ZInvitedCount } from "../scan/create-scan";
import { MAX_PARTNERS, ZRoundNumber, ZScanFields } from "../scan/scan-fields";
import { findRoundForManager, ZManagementKey } from "./access";
import { createRound } from "./create-round";

export const ZCreateNextRoundInput = ZScanFields.omit({ name: true, description: true }).extend({
  managementToken: ZManagementKey,
  /** The newest round when the form was shown: a second submission of the same form starts no second round. */
  afterRound: ZRoundNumber,
  /** Per partner, in the order of `partners`: how many people are invited. Not asked in a self-assessment. */
  invitedCounts: z.array(ZInvitedCount.nullable()).max(MAX_PARTNERS).default([]),
});
export type CreateNextRoundInput = z.infer<typeof ZCreateNextRoundInput>;

const nameKey = (name: string) => name.trim().toLocaleLowerCase("nl");

/**
 * The next round of a collaboration. Partners carry over by name from the
 * newest round (so the trend can follow them); a name not there before is a
 * partner that joins, and one left out has left. The reporting mode stays
 * the collaboration's. The newest round closes if it was still open: one
 * round takes answers at a time. The planned date of the next round is
 * cleared, as this is that round.
 */
export async function createNextRound(input: CreateNextRoundInput): Promise<{ roundNumber: number }> {
  const { access, scan: previous } = await findRoundForManager(input.managementToken, "latest");
  const collaborationId = access.collaboration.id;
  if (previous.roundNumber !== input.afterRound) throw new DomainError("roundJustStarted");
  const mode = previous.reportingMode;
  if (mode !== "self" && input.partners.some((_, index) => input.invitedCounts[index] == null)) {
    throw new ValidationError("invitedRequired");
  }
  const previousPartners = await db.partner.findMany({
    where: { scanId: previous.id },
    select: { id: true, name: true },
  });
  const carried = new Map(previousPartners.map((partner) => [nameKey(partner.name), partner.id]));
  const roundNumber = previous.roundNumber + 1;
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      if (previous.closedAt === null) await tx.scan.update({ where: { id: previous.id }, data: { closedAt: now } });
      await tx.collaboration.update({ where: { id: collaborationId }, data: { nextRoundDueOn: null } });
      await createRound(tx, {
        collaborationId,
        roundNumber,
        settings: roundSettings(input, mode),
        partners: input.partners.map((name, position) => ({
          name,
          invitedCount: mode === "self" ? null : (input.invitedCounts[position] ?? null),
          carriedFromId: carried.get(nameKey(name)) ?? null,
        })),
      });
    });
  } catch (error) {
    // Two submissions of the form at the same moment: the first made the round.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("roundJustStarted");
    }
    throw error;
  }
  log("info", "round.created", { collaborationId, round: roundNumber, partners: input.partners.length });
  return { roundNumber };
}
