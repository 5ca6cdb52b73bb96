import "server-only";
import { z } from "zod";
import { db } from "../db";
import { DomainError } from "../errors";
import { log } from "../log";
import { ZToken } from "../tokens";
import { findScanForManager } from "./access";

export const ZDeleteScanInput = z.object({ managementToken: ZToken, confirmation: z.string().max(200) }).strict();

/** Deletes the scan with all partners, respondents, answers and comments, once the manager typed its name. */
export async function deleteScan(input: z.infer<typeof ZDeleteScanInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  if (input.confirmation.trim() !== scan.name.trim()) throw new DomainError("confirmationMismatch");
  await db.scan.delete({ where: { id: scan.id } });
  log("info", "scan.deleted", { scanId: scan.id });
}
