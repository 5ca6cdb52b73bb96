import "server-only";
import { z } from "zod";
import { findCollaborationForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { ownerFields, requireOneOwner, ZActionDescription, ZActionId, ZActionStatus, ZDueDate } from "./action-fields";
import { assertOwnerInRound, findAction } from "./find-action";

export const ZUpdateActionInput = z
  .object({
    managementToken: ZManagementKey,
    actionId: ZActionId,
    description: ZActionDescription,
    ...ownerFields,
    dueOn: ZDueDate,
    status: ZActionStatus,
  })
  .strict()
  .superRefine(requireOneOwner);

/** What the action is, who takes it on, by when, and how far it got; its finding stays. */
export async function updateAction(input: z.infer<typeof ZUpdateActionInput>): Promise<void> {
  const access = await findCollaborationForManager(input.managementToken);
  const action = await findAction(access, input.actionId);
  await assertOwnerInRound(action.scanId, input.ownerPartnerId);
  await db.agreedAction.update({
    where: { id: action.id },
    data: {
      description: input.description,
      ownerPartnerId: input.ownerPartnerId,
      ownerName: input.ownerName === "" ? null : input.ownerName,
      dueOn: input.dueOn,
      status: input.status,
    },
  });
}
