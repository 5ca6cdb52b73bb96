/**
 * Personal links: a respondent record made by the manager, for a named person
 * or for the manager answering personally. Its token is derived from the
 * management token, so the manager's page can show the link again.
 */
import "server-only";
import { z } from "zod";
import { ZRole } from "../../../content";
import { findCollaborationForManager, findPartner, roundLinkSecret, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { ClosedError, DomainError, NotFoundError } from "../errors";
import { log } from "../log";
import { generateToken, hashToken, personalToken } from "../tokens";
import { isScanClosed } from "./access";
import { ZPersonalLinkLabel } from "./scan-fields";

export const ZCreatePersonalLinkInput = z
  .object({
    managementToken: ZManagementKey,
    partnerId: z.string().min(1).max(40),
    label: ZPersonalLinkLabel,
    role: ZRole.nullable().default(null),
    isManager: z.boolean().default(false),
  })
  .strict();

export const ZRevokePersonalLinkInput = z
  .object({ managementToken: ZManagementKey, respondentId: z.string().min(1).max(40) })
  .strict();

export async function createPersonalLink(input: z.infer<typeof ZCreatePersonalLinkInput>): Promise<{ token: string }> {
  const access = await findCollaborationForManager(input.managementToken);
  // A partner of another collaboration is "not found", whatever the state of the caller's own rounds.
  const { partner, scan } = await findPartner(access, input.partnerId);
  if (isScanClosed(scan)) throw new ClosedError();
  const linkSecret = roundLinkSecret(scan, access);
  // A self-assessment is one person's: the manager's own link, and nobody else's.
  if (
    scan.reportingMode === "self" &&
    (!input.isManager || (await db.respondent.count({ where: { scanId: scan.id } })) > 0)
  ) {
    throw new DomainError("selfAssessmentOnly");
  }
  const token = await db.$transaction(async (tx) => {
    const respondent = await tx.respondent.create({
      data: {
        scanId: scan.id,
        partnerId: partner.id,
        role: input.role,
        label: input.label,
        isManager: input.isManager,
        isPersonalLink: true,
        tokenHash: hashToken(generateToken()),
      },
    });
    const derived = personalToken(linkSecret, respondent.id, 0);
    await tx.respondent.update({ where: { id: respondent.id }, data: { tokenHash: hashToken(derived) } });
    return derived;
  });
  log("info", "personal-link.created", { scanId: scan.id });
  return { token };
}

/** The link stops working; answers already given stay part of the scan. */
export async function revokePersonalLink(input: z.infer<typeof ZRevokePersonalLinkInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const respondent = await db.respondent.findFirst({
    where: { id: input.respondentId, isPersonalLink: true, scan: { collaborationId: access.collaboration.id } },
  });
  if (!respondent) throw new NotFoundError();
  await db.respondent.update({ where: { id: respondent.id }, data: { revokedAt: new Date() } });
  log("info", "personal-link.revoked", { scanId: respondent.scanId });
}
