/**
 * What a management link opens: a collaboration with all its rounds. The
 * collaboration's own link opens it; so does the older link of a round that
 * was a scan of its own before collaborations had rounds (see the migration
 * 20261204013653_collaboration_rounds), so no link a manager kept stops
 * working. An unknown link is not found, whatever it looks like.
 */
import "server-only";
import { db } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { type CollaborationRecord, toCollaborationRecord } from "../records/collaboration";
import { type ScanRecord, toScanRecord } from "../records/scan";
import { hashToken } from "../tokens";

export type ManagerAccess = {
  collaboration: CollaborationRecord;
  /** Whether the link is the collaboration's own, rather than an older link of one of its rounds. */
  isCollaborationLink: boolean;
  /** The hash of the link used: a round's invitation and personal links derive from it only if it is that round's key. */
  tokenHash: string;
};

export async function findCollaborationForManager(managementToken: string): Promise<ManagerAccess> {
  const tokenHash = hashToken(managementToken);
  const own = await db.collaboration.findUnique({ where: { managementTokenHash: tokenHash } });
  if (own) return { collaboration: toCollaborationRecord(own), isCollaborationLink: true, tokenHash };
  const round = await db.scan.findUnique({ where: { linkKeyHash: tokenHash }, include: { collaboration: true } });
  if (!round) throw new NotFoundError();
  return { collaboration: toCollaborationRecord(round.collaboration), isCollaborationLink: false, tokenHash };
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
  managementToken: string,
  round: RoundChoice,
): Promise<{ access: ManagerAccess; scan: ScanRecord }> {
  const access = await findCollaborationForManager(managementToken);
  return { access, scan: await findRound(access, round) };
}

/**
 * Whether the round's invitation and personal links derive from the link used:
 * a round's links derive from the management link it was created with.
 */
export function hasLinkKey(scan: Pick<ScanRecord, "linkKeyHash">, access: ManagerAccess): boolean {
  return scan.linkKeyHash === null ? access.isCollaborationLink : scan.linkKeyHash === access.tokenHash;
}

/** Refuses to make or renew a round's links with a management link they do not derive from. */
export function assertLinkKey(scan: Pick<ScanRecord, "linkKeyHash">, access: ManagerAccess): void {
  if (!hasLinkKey(scan, access)) throw new DomainError("otherManagementLink");
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
