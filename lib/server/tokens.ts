import { createHash, createHmac, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Links carry a token of at least 128 bits; the database keeps only its
 * SHA-256 hash, so a copy of the database opens no scan. Invitation and
 * personal links are derived from the management token with HMAC, so the
 * manager's page can show them again without the database storing them.
 */
const TOKEN_BYTES = 16;
const TOKEN_LENGTH = 22;

export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 132 bits of HMAC-SHA256 output, keyed by the management token. */
export function deriveToken(managementToken: string, purpose: string): string {
  return createHmac("sha256", managementToken).update(purpose).digest("base64url").slice(0, TOKEN_LENGTH);
}

export function inviteToken(managementToken: string, partnerId: string, generation: number): string {
  return deriveToken(managementToken, `invite:${partnerId}:${generation}`);
}

export function personalToken(managementToken: string, respondentId: string, generation: number): string {
  return deriveToken(managementToken, `respondent:${respondentId}:${generation}`);
}
