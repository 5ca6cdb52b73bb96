import "server-only";
import { z } from "zod";
import { findCollaborationForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { ZActionId, ZActionStatus } from "./action-fields";
import { findAction } from "./find-action";

export const ZSetActionStatusInput = z
  .object({ managementToken: ZManagementKey, actionId: ZActionId, status: ZActionStatus })
  .strict();

/** The review's one question per action: done, in progress, dropped (or still open). */
export async function setActionStatus(input: z.infer<typeof ZSetActionStatusInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const action = await findAction(access, input.actionId);
  await db.agreedAction.update({ where: { id: action.id }, data: { status: input.status } });
}
