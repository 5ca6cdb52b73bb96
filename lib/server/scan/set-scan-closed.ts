import "server-only";
import { z } from "zod";
import { db } from "../db";
import { log } from "../log";
import { ZToken } from "../tokens";
import { findScanForManager } from "./access";

export const ZSetScanClosedInput = z.object({ managementToken: ZToken, isClosed: z.boolean() }).strict();

/** Closing stops new answers; reopening also clears a closing date that has passed. */
export async function setScanClosed(input: z.infer<typeof ZSetScanClosedInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  const hasPassedClosingDate = scan.closesAt !== null && scan.closesAt.getTime() <= Date.now();
  await db.scan.update({
    where: { id: scan.id },
    data: input.isClosed
      ? { closedAt: new Date() }
      : { closedAt: null, ...(hasPassedClosingDate ? { closesAt: null } : {}) },
  });
  log("info", input.isClosed ? "scan.closed" : "scan.reopened", { scanId: scan.id });
}
