import "server-only";
import { currentUser } from "../auth/session";
import { db } from "../db";

/** Whether someone is signed in, and whether the collaboration is in their account: the management page offers to claim it. */
export async function accountStatus(collaborationId: string): Promise<{ isSignedIn: boolean; isMember: boolean }> {
  const user = await currentUser();
  if (!user) return { isSignedIn: false, isMember: false };
  const membership = await db.membership.findUnique({
    where: { collaborationId_userId: { collaborationId, userId: user.id } },
    select: { role: true },
  });
  return { isSignedIn: true, isMember: membership !== null };
}
