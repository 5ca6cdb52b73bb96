import "server-only";
import { z } from "zod";
import { findCollaborationForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { DomainError } from "../errors";
import { log } from "../log";

export const ZDeleteScanInput = z
  .object({ managementToken: ZManagementKey, confirmation: z.string().max(200) })
  .strict();

/**
 * Deletes the collaboration with every round, partner, respondent, answer,
 * comment and agreed action, once the manager typed its name.
 */
export async function deleteScan(input: z.infer<typeof ZDeleteScanInput>): Promise<void> {
  const { collaboration } = await findCollaborationForManager(input.managementToken);
  if (input.confirmation.trim() !== collaboration.name.trim()) throw new DomainError("confirmationMismatch");
  await db.collaboration.delete({ where: { id: collaboration.id } });
  log("info", "scan.deleted", { collaborationId: collaboration.id });
}
