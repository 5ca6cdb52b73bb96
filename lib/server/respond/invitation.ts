import "server-only";
import { z } from "zod";
import { type Locale, ROLES, type Variant } from "../../../content";
import { estimateMinutes } from "../../instrument/duration";
import { db } from "../db";
import { ClosedError, DomainError } from "../errors";
import { log } from "../log";
import { isScanClosed } from "../scan/access";
import { generateToken, hashToken, ZToken } from "../tokens";
import { findInvitation, findRespondent } from "./access";
import { assertPartnerHasRoom } from "./partner-capacity";

export type Invitation = {
  scanName: string;
  description: string;
  /** The round of the collaboration this invitation is for: 1, 2, … */
  round: number;
  partnerName: string;
  locale: Locale;
  variant: Variant;
  minutes: number;
  anonymityThreshold: number;
  /** Open reporting: the partner's figures are shown even with fewer respondents than the threshold. */
  isOpenReporting: boolean;
  /** A self-assessment: nobody enters through an invitation. */
  isSelfAssessment: boolean;
  /** How many people of this partner are invited, if the manager said so. */
  invitedCount: number | null;
  /** Everyone invited for this partner has submitted: the link takes no one new. */
  isFull: boolean;
  isClosed: boolean;
  /** The respondent this browser already started with, if the token it kept is still valid for this scan. */
  resumeToken: string | null;
};

/** `rememberedFor` gives the respondent token this browser kept for a scan, if any. */
export async function getInvitation(
  inviteToken: string,
  rememberedFor: (scanId: string) => string | null,
): Promise<Invitation> {
  const partner = await findInvitation(inviteToken);
  const rememberedToken = rememberedFor(partner.scanId);
  let resumeToken: string | null = null;
  if (rememberedToken && ZToken.safeParse(rememberedToken).success) {
    const respondent = await findRespondent(rememberedToken).catch(() => null);
    if (respondent && respondent.scanId === partner.scanId) resumeToken = rememberedToken;
  }
  const { variant } = partner.scan;
  const submitted = await db.respondent.count({ where: { partnerId: partner.id, submittedAt: { not: null } } });
  return {
    scanName: partner.scan.collaboration.name,
    description: partner.scan.collaboration.description,
    round: partner.scan.roundNumber,
    partnerName: partner.name,
    locale: partner.scan.locale,
    variant,
    minutes: estimateMinutes(variant, partner.scan.instrumentVersion),
    anonymityThreshold: partner.scan.anonymityThreshold,
    isOpenReporting: partner.scan.reportingMode === "open",
    isSelfAssessment: partner.scan.reportingMode === "self",
    invitedCount: partner.invitedCount,
    isFull: partner.invitedCount !== null && submitted >= partner.invitedCount,
    isClosed: isScanClosed(partner.scan),
    resumeToken,
  };
}

/** Nobody's role is chosen for them: an invitation page preselects none, and starting asks for one. */
export const ZEnterInput = z.object({ inviteToken: ZToken, role: z.enum(ROLES, { error: "roleRequired" }) }).strict();

/**
 * A new respondent for the invitation's partner, with a random token of its
 * own. A self-assessment has no invited respondents, and a partner whose
 * invited people have all submitted takes no one new.
 */
export async function enterViaInvitation(
  input: z.infer<typeof ZEnterInput>,
): Promise<{ token: string; scanId: string }> {
  const partner = await findInvitation(input.inviteToken);
  if (isScanClosed(partner.scan)) throw new ClosedError();
  if (partner.scan.reportingMode === "self") throw new DomainError("selfAssessmentOnly");
  const token = generateToken();
  await db.$transaction(async (tx) => {
    await assertPartnerHasRoom(tx, partner.id);
    await tx.respondent.create({
      data: { scanId: partner.scanId, partnerId: partner.id, role: input.role, tokenHash: hashToken(token) },
    });
  });
  log("info", "respondent.entered", { scanId: partner.scanId });
  return { token, scanId: partner.scanId };
}
