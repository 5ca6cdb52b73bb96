import "server-only";
import { z } from "zod";
import { instrument, type Locale, type Variant, ZRole } from "../../../content";
import { db } from "../db";
import { ClosedError } from "../errors";
import { log } from "../log";
import { isScanClosed } from "../scan/access";
import { generateToken, hashToken, ZToken } from "../tokens";
import { findInvitation, findRespondent } from "./access";

export type Invitation = {
  scanName: string;
  description: string;
  partnerName: string;
  locale: Locale;
  variant: Variant;
  minutes: number;
  anonymityThreshold: number;
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
  return {
    scanName: partner.scan.name,
    description: partner.scan.description,
    partnerName: partner.name,
    locale: partner.scan.locale,
    variant,
    minutes: instrument.variants[variant]?.minutes ?? 0,
    anonymityThreshold: partner.scan.anonymityThreshold,
    isClosed: isScanClosed(partner.scan),
    resumeToken,
  };
}

export const ZEnterInput = z.object({ inviteToken: ZToken, role: ZRole }).strict();

/** A new respondent for the invitation's partner, with a random token of its own. */
export async function enterViaInvitation(
  input: z.infer<typeof ZEnterInput>,
): Promise<{ token: string; scanId: string }> {
  const partner = await findInvitation(input.inviteToken);
  if (isScanClosed(partner.scan)) throw new ClosedError();
  const token = generateToken();
  await db.respondent.create({
    data: { scanId: partner.scanId, partnerId: partner.id, role: input.role, tokenHash: hashToken(token) },
  });
  log("info", "respondent.entered", { scanId: partner.scanId });
  return { token, scanId: partner.scanId };
}
