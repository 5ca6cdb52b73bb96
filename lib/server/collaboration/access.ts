/**
 * What a management key opens: a collaboration with all its rounds. A key is
 * either a management link's token or, for someone signed in, the
 * collaboration's id, which opens it only for its members and as their role
 * allows. The collaboration's own link opens it; so does the older link of a
 * round that was a scan of its own before collaborations had rounds (see the
 * migration 20261204013653_collaboration_rounds), so no link a manager kept
 * stops working. An unknown key, or one the person may not use, is not found,
 * whatever it looks like.
 */
import "server-only";
import { type AccessNeed, allows, isMemberRole, type MemberRole } from "../account/roles";
import { currentUser } from "../auth/session";
import { db } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { type CollaborationRecord, toCollaborationRecord } from "../records/collaboration";
import { type ScanRecord, toScanRecord } from "../records/scan";
import { hashToken, ZToken } from "../tokens";

export { ZManagementKey } from "../tokens";

import { adoptLinkSecrets } from "./link-secrets";

export type ManagerAccess = {
  collaboration: CollaborationRecord;
  /** What the caller may do: a management link's holder is an owner. */
  role: MemberRole;
  /** The key as the addresses of the management pages carry it. */
  key: string;
  /** Opened with the older link of one round, rather than the collaboration's own link or an account. */
  isRoundLink: boolean;
};

async function findByToken(managementToken: string): Promise<ManagerAccess> {
  const tokenHash = hashToken(managementToken);
  const own = await db.collaboration.findUnique({ where: { managementTokenHash: tokenHash } });
  const row =
    own ??
    (await db.scan.findUnique({ where: { linkKeyHash: tokenHash }, include: { collaboration: true } }))?.collaboration;
  if (!row) throw new NotFoundError();
  await adoptLinkSecrets({ collaborationId: row.id, managementToken, isCollaborationLink: own !== null });
  return { collaboration: toCollaborationRecord(row), role: "owner", key: managementToken, isRoundLink: own === null };
}

async function findByMembership(collaborationId: string): Promise<ManagerAccess> {
  const user = await currentUser();
  if (!user) throw new NotFoundError();
  const membership = await db.membership.findUnique({
    where: { collaborationId_userId: { collaborationId, userId: user.id } },
    include: { collaboration: true },
  });
  if (!membership || !isMemberRole(membership.role)) throw new NotFoundError();
  return {
    collaboration: toCollaborationRecord(membership.collaboration),
    role: membership.role,
    key: collaborationId,
    isRoundLink: false,
  };
}

/**
 * The collaboration a key opens, for what the caller needs: every entry point
 * that changes something asks for "change" (the default, so none forgets),
 * pages and downloads that only show ask for "view".
 */
export async function findCollaborationForManager(key: string, need: AccessNeed = "change"): Promise<ManagerAccess> {
  const access = ZToken.safeParse(key).success ? await findByToken(key) : await findByMembership(key);
  if (!allows(access.role, need)) throw new DomainError("forbidden");
  return access;
}

/** A round of the collaboration: its number, or its newest. */
export type RoundChoice = number | "latest";

/** One round of a collaboration the caller already has access to; a round it does not have is not found. */
export async function findRound(access: ManagerAccess, round: RoundChoice): Promise<ScanRecord> {
  const collaborationId = access.collaboration.id;
  const scan =
    round === "latest"
      ? await db.scan.findFirst({
          where: { collaborationId },
          orderBy: { roundNumber: "desc" },
          include: { collaboration: true },
        })
      : await db.scan.findUnique({
          where: { collaborationId_roundNumber: { collaborationId, roundNumber: round } },
          include: { collaboration: true },
        });
  if (!scan) throw new NotFoundError();
  return toScanRecord(scan);
}

/** One round of the collaboration a management link opens. */
export async function findRoundForManager(
  key: string,
  round: RoundChoice,
  need: AccessNeed = "change",
): Promise<{ access: ManagerAccess; scan: ScanRecord }> {
  const access = await findCollaborationForManager(key, need);
  return { access, scan: await findRound(access, round) };
}

/**
 * Whether the caller can show and make the round's invitation and personal
 * links: the round has a link secret (a round from before link secrets gets
 * one the first time its management link is used) and the caller may change
 * things; a viewer sees who answered, not the links to answer with.
 */
export function canShowLinks(scan: Pick<ScanRecord, "linkSecret">, access: ManagerAccess): boolean {
  return scan.linkSecret !== null && allows(access.role, "change");
}

/** The round's link secret, to make or renew its links; a round still without one needs its own management link first. */
export function roundLinkSecret(scan: Pick<ScanRecord, "linkSecret">, access: ManagerAccess): string {
  if (!allows(access.role, "change")) throw new DomainError("forbidden");
  if (scan.linkSecret === null) throw new DomainError("otherManagementLink");
  return scan.linkSecret;
}

/** A partner of one of the collaboration's rounds, with that round; any other partner is not found. */
export async function findPartner(access: ManagerAccess, partnerId: string) {
  const partner = await db.partner.findUnique({
    where: { id: partnerId },
    include: { scan: { include: { collaboration: true } } },
  });
  if (!partner || partner.scan.collaborationId !== access.collaboration.id) throw new NotFoundError();
  const { scan, ...row } = partner;
  return { partner: row, scan: toScanRecord(scan) };
}
