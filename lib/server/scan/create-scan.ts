import "server-only";
import type { z } from "zod";
import { instrument } from "../../../content";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { log } from "../log";
import { generateToken, hashToken, ZToken } from "../tokens";
import { createPartner } from "./create-partner";
import { ZScanFields } from "./scan-fields";

export const ZCreateScanInput = ZScanFields.extend({
  /** A follow-up round: the management link of the previous scan of the same collaboration. */
  previousManagementToken: ZToken.optional(),
});
export type CreateScanInput = z.infer<typeof ZCreateScanInput>;

/**
 * Creates a scan with its partners. The management token is returned once and
 * stored only as a hash; each partner's invitation token is derived from it.
 */
export async function createScan(input: CreateScanInput): Promise<{ managementToken: string; scanId: string }> {
  let previousScanId: string | null = null;
  if (input.previousManagementToken) {
    const previous = await db.scan.findUnique({
      where: { managementTokenHash: hashToken(input.previousManagementToken) },
      select: { id: true },
    });
    if (!previous) throw new NotFoundError();
    previousScanId = previous.id;
  }
  const managementToken = generateToken();
  const scan = await db.$transaction(async (tx) => {
    const created = await tx.scan.create({
      data: {
        name: input.name,
        description: input.description,
        form: input.form,
        phase: input.phase,
        collaborationType: input.collaborationType,
        variant: input.variant,
        locale: input.locale,
        anonymityThreshold: input.anonymityThreshold,
        closesAt: input.closesOn,
        showResultsToRespondents: input.showResultsToRespondents,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        managementTokenHash: hashToken(managementToken),
        previousScanId,
      },
    });
    for (const [position, name] of input.partners.entries()) {
      await createPartner(tx, { scanId: created.id, name, position, managementToken });
    }
    return created;
  });
  log("info", "scan.created", { scanId: scan.id, variant: scan.variant, partners: input.partners.length });
  return { managementToken, scanId: scan.id };
}
