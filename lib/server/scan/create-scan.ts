import "server-only";
import { z } from "zod";
import { REPORTING_MODES } from "../../scoring/disclosure/types";
import { createCollaboration, type RoundSettings } from "../collaboration/create-round";
import { db } from "../db";
import { log } from "../log";
import { generateToken } from "../tokens";
import { MAX_PARTNERS, ZScanFields } from "./scan-fields";

/** How many people of a partner are invited: at least one, at most a large room. */
export const ZInvitedCount = z.number().int("invitedRange").min(1, "invitedRange").max(500, "invitedRange");

/** Per partner, in the order of `partners`, how many people are invited; required unless it is a self-assessment. */
export function requireInvitedCounts(
  input: { reportingMode: string; partners: readonly string[]; invitedCounts: readonly (number | null)[] },
  context: z.RefinementCtx,
): void {
  if (input.reportingMode === "self") return;
  input.partners.forEach((_, index) => {
    if (input.invitedCounts[index] == null) {
      context.addIssue({ code: "custom", path: ["invitedCounts", index], message: "required" });
    }
  });
}

export const ZCreateScanInput = ZScanFields.extend({
  /** How results are reported; see lib/scoring/disclosure/types.ts. Fixed once the scan exists. */
  reportingMode: z.enum(REPORTING_MODES).default("group"),
  /** Per partner, in the order of `partners`: how many people are invited. Not asked in a self-assessment. */
  invitedCounts: z.array(ZInvitedCount.nullable()).max(MAX_PARTNERS).default([]),
}).superRefine(requireInvitedCounts);
export type CreateScanInput = z.infer<typeof ZCreateScanInput>;

/** The settings of a round from the fields of the create form. */
export function roundSettings(
  input: Omit<z.infer<typeof ZScanFields>, "name" | "description" | "partners">,
  reportingMode: string,
): RoundSettings {
  return {
    form: input.form,
    phase: input.phase,
    collaborationType: input.collaborationType,
    variant: input.variant,
    locale: input.locale,
    anonymityThreshold: input.anonymityThreshold,
    reportingMode,
    closesAt: input.closesOn,
    showResultsToRespondents: input.showResultsToRespondents,
  };
}

/**
 * Creates a collaboration with its first round and partners. The management
 * token is returned once and stored only as a hash. Someone signed in
 * (`ownerUserId`, from the session of the request) becomes its owner, so it is in their Mijn scans; without an account the management
 * link is all there is, as before accounts existed.
 */
export async function createScan(
  input: CreateScanInput,
  ownerUserId: string | null = null,
): Promise<{ managementToken: string; scanId: string }> {
  const managementToken = generateToken();
  const { scanId } = await db.$transaction(async (tx) => {
    const created = await createCollaboration(tx, {
      name: input.name,
      description: input.description,
      managementToken,
      settings: roundSettings(input, input.reportingMode),
      partners: input.partners.map((name, position) => ({
        name,
        invitedCount: input.reportingMode === "self" ? null : (input.invitedCounts[position] ?? null),
      })),
    });
    if (ownerUserId) {
      await tx.membership.create({
        data: { collaborationId: created.collaborationId, userId: ownerUserId, role: "owner" },
      });
    }
    return created;
  });
  log("info", "scan.created", {
    scanId,
    variant: input.variant,
    reportingMode: input.reportingMode,
    partners: input.partners.length,
    inAccount: ownerUserId !== null,
  });
  return { managementToken, scanId };
}
