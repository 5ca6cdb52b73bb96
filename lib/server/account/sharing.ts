import "server-only";
import { z } from "zod";
import { ZEmail } from "../auth/credentials";
import { currentUser } from "../auth/session";
import { findCollaborationForManager } from "../collaboration/access";
import { db } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { log } from "../log";
import { isMailConfigured } from "../mail/send-mail";
import { ZManagementKey } from "../tokens";
import { MEMBER_ROLES, type MemberRole } from "./roles";

export const ZShareInput = z
  .object({ managementToken: ZManagementKey, email: ZEmail, role: z.enum(MEMBER_ROLES) })
  .strict();
export const ZRemoveMemberInput = z
  .object({ managementToken: ZManagementKey, userId: z.string().min(1).max(64) })
  .strict();

export type Member = { userId: string; name: string; email: string; role: MemberRole; isYou: boolean };

/** Who has access through an account, for everyone who may open the collaboration. */
export async function listMembers(
  key: string,
): Promise<{ members: Member[]; canShare: boolean; name: string; canConfirmAddresses: boolean }> {
  const access = await findCollaborationForManager(key, "view");
  const user = await currentUser();
  const rows = await db.membership.findMany({
    where: { collaborationId: access.collaboration.id },
    include: { user: true },
    orderBy: { createdAt: "asc" },
  });
  return {
    name: access.collaboration.name,
    canShare: access.role === "owner",
    // Without mail nobody can confirm an address: the share page warns the owner to share with care.
    canConfirmAddresses: isMailConfigured(),
    members: rows.map((row) => ({
      userId: row.userId,
      name: row.user.name,
      email: row.user.email,
      role: MEMBER_ROLES.find((role) => role === row.role) ?? "viewer",
      isYou: row.userId === user?.id,
    })),
  };
}

/**
 * An owner gives a colleague with an account a role; sharing again with
 * someone changes their role. Where mail is configured the account must have
 * confirmed its address first.
 */
export async function shareCollaboration(input: z.infer<typeof ZShareInput>): Promise<{ email: string }> {
  const access = await findCollaborationForManager(input.managementToken, "share");
  const colleague = await db.user.findUnique({ where: { email: input.email } });
  if (!colleague) throw new DomainError("noSuchAccount");
  // Anyone can register any address; where mail can prove it, only the mailbox's owner gets access.
  if (!colleague.emailVerified && isMailConfigured()) throw new DomainError("accountUnconfirmed");
  const collaborationId = access.collaboration.id;
  await db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({
      where: { collaborationId_userId: { collaborationId, userId: colleague.id } },
    });
    if (existing?.role === "owner" && input.role !== "owner")
      await assertAnotherOwner(tx, collaborationId, colleague.id);
    await tx.membership.upsert({
      where: { collaborationId_userId: { collaborationId, userId: colleague.id } },
      create: { collaborationId, userId: colleague.id, role: input.role },
      update: { role: input.role },
    });
  });
  log("info", "collaboration.shared", { collaborationId, role: input.role });
  return { email: colleague.email };
}

/** An owner takes a person's access away; it ends at once, on their next request. */
export async function removeMember(input: z.infer<typeof ZRemoveMemberInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken, "share");
  const collaborationId = access.collaboration.id;
  await db.$transaction(async (tx) => {
    const existing = await tx.membership.findUnique({
      where: { collaborationId_userId: { collaborationId, userId: input.userId } },
    });
    if (!existing) throw new NotFoundError();
    if (existing.role === "owner") await assertAnotherOwner(tx, collaborationId, input.userId);
    await tx.membership.delete({ where: { collaborationId_userId: { collaborationId, userId: input.userId } } });
  });
  log("info", "collaboration.unshared", { collaborationId });
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * An account-held collaboration keeps an owner, so someone can always share
 * it. The management link is no account: it cannot stand in for one here.
 */
async function assertAnotherOwner(tx: Tx, collaborationId: string, leavingUserId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { collaborationId, role: "owner", userId: { not: leavingUserId } },
  });
  if (others === 0) throw new DomainError("lastOwner");
}
