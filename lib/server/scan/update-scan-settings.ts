import "server-only";
import { z } from "zod";
import { findRoundForManager, ZManagementKey } from "../collaboration/access";
import { db } from "../db";
import { ZClosingDate, ZDescription, ZRoundNumber, ZScanName } from "./scan-fields";

export const ZUpdateScanSettingsInput = z
  .object({
    managementToken: ZManagementKey,
    round: ZRoundNumber,
    name: ZScanName,
    description: ZDescription,
    closesOn: ZClosingDate,
    showResultsToRespondents: z.boolean(),
  })
  .strict();

/** The collaboration's name and description, and the round's closing date and whether respondents see results. */
export async function updateScanSettings(input: z.infer<typeof ZUpdateScanSettingsInput>): Promise<void> {
  const { scan } = await findRoundForManager(input.managementToken, input.round);
  await db.$transaction([
    db.collaboration.update({
      where: { id: scan.collaborationId },
      data: { name: input.name, description: input.description },
    }),
    db.scan.update({
      where: { id: scan.id },
      data: { closesAt: input.closesOn, showResultsToRespondents: input.showResultsToRespondents },
    }),
  ]);
}
