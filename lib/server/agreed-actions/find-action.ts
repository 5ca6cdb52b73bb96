import "server-only";
import type { ManagerAccess } from "../collaboration/access";
import { db } from "../db";
import { NotFoundError } from "../errors";

/** An action of one of the collaboration's rounds, with its round; any other action is not found. */
export async function findAction(access: ManagerAccess, actionId: string) {
  const action = await db.agreedAction.findUnique({
    where: { id: actionId },
    include: { scan: { select: { id: true, collaborationId: true } } },
  });
  if (!action || action.scan.collaborationId !== access.collaboration.id) throw new NotFoundError();
  return action;
}

/** A partner of the action's own round as its owner; a partner of another round is not found. */
export async function assertOwnerInRound(scanId: string, ownerPartnerId: string | null): Promise<void> {
  if (ownerPartnerId === null) return;
  const partner = await db.partner.findFirst({ where: { id: ownerPartnerId, scanId }, select: { id: true } });
  if (!partner) throw new NotFoundError();
}
