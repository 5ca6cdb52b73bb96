import "server-only";
import { z } from "zod";
import { findCollaborationForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { log } from "../log";
import { ZActionId } from "./action-fields";
import { findAction } from "./find-action";

export const ZDeleteActionInput = z.object({ managementToken: ZManagementKey, actionId: ZActionId }).strict();

/** An action entered by mistake goes; one the group gave up on is "dropped" instead, and stays for the review. */
export async function deleteAction(input: z.infer<typeof ZDeleteActionInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const action = await findAction(access, input.actionId);
  await db.agreedAction.delete({ where: { id: action.id } });
  log("info", "action.deleted", { scanId: action.scanId });
}
