import "server-only";
import { z } from "zod";
import { currentUser } from "../auth/session";
import { findCollaborationForManager } from "../collaboration/access";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { log } from "../log";

/** A management link as pasted: the whole address (…/beheer/TOKEN, maybe with a round or a query) or the token alone. */
export const ZManagementLink = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .transform((value, context) => {
    const match = /(?:^|\/beheer\/)([A-Za-z0-9_-]{22})(?=$|[/?#])/.exec(value);
    if (!match?.[1]) {
      context.addIssue({ code: "custom", message: "managementLink" });
      return z.NEVER;
    }
    return match[1];
  });

export const ZClaimInput = z.object({ managementLink: ZManagementLink }).strict();

/**
 * Puts a collaboration its management link opens into the signed-in
 * person's account, as its owner. The link keeps working for whoever holds
 * it; claiming it twice changes nothing.
 */
export async function claimCollaboration(input: z.infer<typeof ZClaimInput>): Promise<{ collaborationId: string }> {
  const user = await currentUser();
  if (!user) throw new NotFoundError();
  const access = await findCollaborationForManager(input.managementLink);
  const collaborationId = access.collaboration.id;
  await db.membership.upsert({
    where: { collaborationId_userId: { collaborationId, userId: user.id } },
    create: { collaborationId, userId: user.id, role: "owner" },
    update: { role: "owner" },
  });
  log("info", "collaboration.claimed", { collaborationId });
  return { collaborationId };
}
