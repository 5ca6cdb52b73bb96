/**
 * Adding, renaming and removing partners after creation. A partner with
 * respondents cannot be removed: no answer a user gave is ever lost.
 */
import "server-only";
import { z } from "zod";
import { db } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { hashToken, inviteToken, ZToken } from "../tokens";
import { findScanForManager } from "./access";
import { createPartner } from "./create-partner";
import { MAX_PARTNERS, MIN_PARTNERS, ZPartnerName } from "./scan-fields";

const ZPartnerId = z.string().min(1).max(40);

export const ZAddPartnerInput = z.object({ managementToken: ZToken, name: ZPartnerName }).strict();
export const ZRenamePartnerInput = z
  .object({ managementToken: ZToken, partnerId: ZPartnerId, name: ZPartnerName })
  .strict();
export const ZRemovePartnerInput = z.object({ managementToken: ZToken, partnerId: ZPartnerId }).strict();
export const ZRenewInviteInput = z.object({ managementToken: ZToken, partnerId: ZPartnerId }).strict();

async function partnersOf(scanId: string) {
  return db.partner.findMany({ where: { scanId }, orderBy: { position: "asc" } });
}

function assertUniqueName(partners: { id: string; name: string }[], name: string, exceptId?: string): void {
  const taken = partners.some(
    (partner) => partner.id !== exceptId && partner.name.toLocaleLowerCase("nl") === name.toLocaleLowerCase("nl"),
  );
  if (taken) throw new DomainError("duplicatePartner");
}

export async function addPartner(input: z.infer<typeof ZAddPartnerInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  const partners = await partnersOf(scan.id);
  if (partners.length >= MAX_PARTNERS) throw new DomainError("partnerLimit");
  assertUniqueName(partners, input.name);
  const position = partners.reduce((max, partner) => Math.max(max, partner.position + 1), 0);
  await db.$transaction((tx) =>
    createPartner(tx, { scanId: scan.id, name: input.name, position, managementToken: input.managementToken }),
  );
}

export async function renamePartner(input: z.infer<typeof ZRenamePartnerInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  const partners = await partnersOf(scan.id);
  if (!partners.some((partner) => partner.id === input.partnerId)) throw new NotFoundError();
  assertUniqueName(partners, input.name, input.partnerId);
  await db.partner.update({ where: { id: input.partnerId }, data: { name: input.name } });
}

export async function removePartner(input: z.infer<typeof ZRemovePartnerInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  const partners = await partnersOf(scan.id);
  if (!partners.some((partner) => partner.id === input.partnerId)) throw new NotFoundError();
  if (partners.length <= MIN_PARTNERS) throw new DomainError("partnerLimit");
  const respondents = await db.respondent.count({ where: { partnerId: input.partnerId } });
  if (respondents > 0) throw new DomainError("partnerHasRespondents");
  await db.partner.delete({ where: { id: input.partnerId } });
}

/** A new invitation link for a partner; the old one stops working at once. */
export async function renewInviteLink(input: z.infer<typeof ZRenewInviteInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  const partner = await db.partner.findFirst({ where: { id: input.partnerId, scanId: scan.id } });
  if (!partner) throw new NotFoundError();
  const generation = partner.inviteGeneration + 1;
  await db.partner.update({
    where: { id: partner.id },
    data: {
      inviteGeneration: generation,
      inviteTokenHash: hashToken(inviteToken(input.managementToken, partner.id, generation)),
    },
  });
}
