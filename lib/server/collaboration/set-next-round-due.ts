import "server-only";
import { z } from "zod";
import { db } from "../db";
import { log } from "../log";
import { ZClosingDate } from "../scan/scan-fields";
import { findCollaborationForManager, ZManagementKey } from "./access";

/** The day the next round is due ("" clears it); due by the end of that day, like a closing date. */
export const ZSetNextRoundDueInput = z.object({ managementToken: ZManagementKey, dueOn: ZClosingDate }).strict();

/** The rhythm: when the manager means to hold the next round. The management page shows it, and when it is overdue. */
export async function setNextRoundDue(input: z.infer<typeof ZSetNextRoundDueInput>): Promise<void> {
  const { collaboration } = await findCollaborationForManager(input.managementToken);
  await db.collaboration.update({ where: { id: collaboration.id }, data: { nextRoundDueOn: input.dueOn } });
  log("info", "round.planned", { collaborationId: collaboration.id, isPlanned: input.dueOn !== null });
}

/** Past the planned day (the planned round has not started yet: starting it clears the date). */
export function isNextRoundOverdue(dueOn: Date | null, now = new Date()): boolean {
  return dueOn !== null && dueOn.getTime() < now.getTime();
}
