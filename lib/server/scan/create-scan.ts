import "server-only";
import { z } from "zod";
import { instrument } from "../../../content";
import { REPORTING_MODES } from "../../scoring/disclosure/types";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { log } from "../log";
import { generateToken, hashToken, ZToken } from "../tokens";
import { createPartner } from "./create-partner";
import { MAX_PARTNERS, ZScanFields } from "./scan-fields";

/** How many people of a partner are invited: at least one, at most a large room. */
export const ZInvitedCount = z.number().int("invitedRange").min(1, "invitedRange").max(500, "invitedRange");

export const ZCreateScanInput = ZScanFields.extend({
  /** How results are reported; see lib/scoring/disclosure/types.ts. Fixed once the scan exists. */
  reportingMode: z.enum(REPORTING_MODES).default("group"),
  /** Per partner, in the order of `partners`: how many people are invited. Not asked in a self-assessment. */
  invitedCounts: z.array(ZInvitedCount.nullable()).max(MAX_PARTNERS).default([]),
  /** A follow-up round: the management link of the previous scan of the same collaboration. */
  previousManagementToken: ZToken.optional(),
}).superRefine((input, context) => {
  if (input.reportingMode === "self") return;
  input.partners.forEach((_, index) => {
    if (input.invitedCounts[index] == null) {
      context.addIssue({ code: "custom", path: ["invitedCounts", index], message: "required" });
    }
  });
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
        reportingMode: input.reportingMode,
        closesAt: input.closesOn,
        showResultsToRespondents: input.showResultsToRespondents,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        managementTokenHash: hashToken(managementToken),
        previousScanId,
      },
    });
    for (const [position, name] of input.partners.entries()) {
      const invitedCount = input.reportingMode === "self" ? null : (input.invitedCounts[position] ?? null);
      await createPartner(tx, { scanId: created.id, name, position, managementToken, invitedCount });
    }
    return created;
  });
  log("info", "scan.created", {
    scanId: scan.id,
    variant: scan.variant,
    reportingMode: input.reportingMode,
    partners: input.partners.length,
  });
  return { managementToken, scanId: scan.id };
}
