/**
 * Adding, renaming and removing partners after creation. A partner with
 * respondents cannot be removed: no answer a user gave is ever lost.
 */
import "server-only";
import { z } from "zod";
import type { ReportingMode } from "../../scoring/disclosure/types";
import {
  findCollaborationForManager,
  findPartner,
  findRoundForManager,
  roundLinkSecret,
  ZManagementKey,
} from "../collaboration/access";
import { db } from "../db";
import { DomainError, ValidationError } from "../errors";
import { hashToken, inviteToken } from "../tokens";
import { createPartner } from "./create-partner";
import { ZInvitedCount } from "./create-scan";
import { MAX_PARTNERS, MIN_PARTNERS, ZPartnerName, ZRoundNumber } from "./scan-fields";

const ZPartnerId = z.string().min(1).max(40);

/** How many people of the partner are invited; required except in a self-assessment. */
const ZInvitedCountField = ZInvitedCount.nullable();

export const ZAddPartnerInput = z
  .object({
    managementToken: ZManagementKey,
    round: ZRoundNumber,
    name: ZPartnerName,
    invitedCount: ZInvitedCountField,
  })
  .strict();
export const ZUpdatePartnerInput = z
  .object({
    managementToken: ZManagementKey,
    partnerId: ZPartnerId,
    name: ZPartnerName,
    invitedCount: ZInvitedCountField,
  })
  .strict();
export const ZRemovePartnerInput = z.object({ managementToken: ZManagementKey, partnerId: ZPartnerId }).strict();
export const ZRenewInviteInput = z.object({ managementToken: ZManagementKey, partnerId: ZPartnerId }).strict();

async function partnersOf(scanId: string) {
  return db.partner.findMany({ where: { scanId }, orderBy: { position: "asc" } });
}

function assertUniqueName(partners: { id: string; name: string }[], name: string, exceptId?: string): void {
  const taken = partners.some(
    (partner) => partner.id !== exceptId && partner.name.toLocaleLowerCase("nl") === name.toLocaleLowerCase("nl"),
  );
  if (taken) throw new DomainError("duplicatePartner");
}

/** A partner that joins this round; its invitation link derives from the round's link secret. */
export async function addPartner(input: z.infer<typeof ZAddPartnerInput>): Promise<void> {
  const { access, scan } = await findRoundForManager(input.managementToken, input.round);
  const linkSecret = roundLinkSecret(scan, access);
  const partners = await partnersOf(scan.id);
  if (partners.length >= MAX_PARTNERS) throw new DomainError("partnerLimit");
  assertUniqueName(partners, input.name);
  const invitedCount = invitedCountFor(scan.reportingMode, input.invitedCount);
  const position = partners.reduce((max, partner) => Math.max(max, partner.position + 1), 0);
  await db.$transaction((tx) =>
    createPartner(tx, {
      scanId: scan.id,
      name: input.name,
      position,
      linkSecret,
      invitedCount,
    }),
  );
}

/**
 * A partner's name and the number of people invited. The number may go up
 * (someone was forgotten) or down, but never below those who already
 * submitted: their answers stay.
 */
export async function updatePartner(input: z.infer<typeof ZUpdatePartnerInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const { scan } = await findPartner(access, input.partnerId);
  const partners = await partnersOf(scan.id);
  assertUniqueName(partners, input.name, input.partnerId);
  const invitedCount = invitedCountFor(scan.reportingMode, input.invitedCount);
  if (invitedCount !== null) {
    const submitted = await db.respondent.count({ where: { partnerId: input.partnerId, submittedAt: { not: null } } });
    if (invitedCount < submitted) throw new DomainError("invitedBelowSubmitted");
  }
  await db.partner.update({ where: { id: input.partnerId }, data: { name: input.name, invitedCount } });
}

/** A self-assessment invites nobody; every other scan needs the number, against ballot stuffing. */
function invitedCountFor(mode: ReportingMode, invitedCount: number | null): number | null {
  if (mode === "self") return null;
  if (invitedCount === null) throw new ValidationError("invitedRequired");
  return invitedCount;
}

/** A partner without respondents leaves this round; the same partner in other rounds stays. */
export async function removePartner(input: z.infer<typeof ZRemovePartnerInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const { scan } = await findPartner(access, input.partnerId);
  const partners = await partnersOf(scan.id);
  if (partners.length <= MIN_PARTNERS) throw new DomainError("partnerLimit");
  const respondents = await db.respondent.count({ where: { partnerId: input.partnerId } });
  if (respondents > 0) throw new DomainError("partnerHasRespondents");
  await db.partner.delete({ where: { id: input.partnerId } });
}

/** A new invitation link for a partner; the old one stops working at once. */
export async function renewInviteLink(input: z.infer<typeof ZRenewInviteInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const { partner, scan } = await findPartner(access, input.partnerId);
  const linkSecret = roundLinkSecret(scan, access);
  const generation = partner.inviteGeneration + 1;
  await db.partner.update({
    where: { id: partner.id },
    data: {
      inviteGeneration: generation,
      inviteTokenHash: hashToken(inviteToken(linkSecret, partner.id, generation)),
      legacyInviteToken: null,
    },
  });
}
