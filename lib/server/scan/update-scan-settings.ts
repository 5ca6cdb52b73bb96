import "server-only";
import { z } from "zod";
import { db } from "../db";
import { ZToken } from "../tokens";
import { findScanForManager } from "./access";
import { ZClosingDate, ZDescription, ZScanName } from "./scan-fields";

export const ZUpdateScanSettingsInput = z
  .object({
    managementToken: ZToken,
    name: ZScanName,
    description: ZDescription,
    closesOn: ZClosingDate,
    showResultsToRespondents: z.boolean(),
  })
  .strict();

export async function updateScanSettings(input: z.infer<typeof ZUpdateScanSettingsInput>): Promise<void> {
  const scan = await findScanForManager(input.managementToken);
  await db.scan.update({
    where: { id: scan.id },
    data: {
      name: input.name,
      description: input.description,
      closesAt: input.closesOn,
      showResultsToRespondents: input.showResultsToRespondents,
    },
  });
}
