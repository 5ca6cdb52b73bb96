import "server-only";
import { z } from "zod";
import { findRound, findRoundForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { DomainError } from "../errors";
import { log } from "../log";
import { ZRoundNumber } from "./scan-fields";

export const ZSetScanClosedInput = z
  .object({ managementToken: ZManagementKey, round: ZRoundNumber, isClosed: z.boolean() })
  .strict();

/**
 * Closing a round stops new answers; reopening also clears a closing date
 * that has passed. Only the newest round reopens: one round takes answers at
 * a time, so the rounds of the trend never overlap.
 */
export async function setScanClosed(input: z.infer<typeof ZSetScanClosedInput>): Promise<void> {
  const { access, scan } = await findRoundForManager(input.managementToken, input.round);
  if (!input.isClosed && (await findRound(access, "latest")).id !== scan.id) {
    throw new DomainError("onlyLatestRoundReopens");
  }
  const hasPassedClosingDate = scan.closesAt !== null && scan.closesAt.getTime() <= Date.now();
  await db.scan.update({
    where: { id: scan.id },
    data: input.isClosed
      ? { closedAt: new Date() }
      : { closedAt: null, ...(hasPassedClosingDate ? { closesAt: null } : {}) },
  });
  log("info", input.isClosed ? "scan.closed" : "scan.reopened", { scanId: scan.id });
}
