import "server-only";
import { z } from "zod";
import { db } from "../db";
import { ClosedError } from "../errors";
import { log } from "../log";
import { isScanClosed } from "../scan/access";
import { ZToken } from "../tokens";
import { findRespondent } from "./access";
import { assertPartnerHasRoom } from "./partner-capacity";

export const ZSubmitInput = z.object({ token: ZToken }).strict();

/**
 * Marks the response as complete; answers are then read-only. Submitting
 * twice changes nothing. A partner whose invited people have all submitted
 * takes no more submissions: the answers stay saved, and the manager can
 * raise the number if someone was forgotten.
 */
export async function submitResponse(input: z.infer<typeof ZSubmitInput>): Promise<void> {
  const respondent = await findRespondent(input.token);
  if (respondent.submittedAt) return;
  if (isScanClosed(respondent.scan)) throw new ClosedError();
  const now = new Date();
  await db.$transaction(async (tx) => {
    await assertPartnerHasRoom(tx, respondent.partnerId);
    await tx.respondent.update({
      where: { id: respondent.id },
      data: { submittedAt: now, startedAt: respondent.startedAt ?? now },
    });
  });
  log("info", "response.submitted", { scanId: respondent.scanId });
}
