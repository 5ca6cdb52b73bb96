import { createHash, createHmac, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Links carry a token of at least 128 bits; the database keeps only its
 * SHA-256 hash, so a copy of the database opens no management link.
 * Invitation and personal links are derived with HMAC from their round's link
 * secret (older rounds: from the management token), so everyone who may
 * manage the collaboration can show them again without the database storing
 * each one.
 */
const TOKEN_BYTES = 16;
const TOKEN_LENGTH = 22;

export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/** A collaboration's id (a cuid): what its members' addresses carry instead of the management link. */
export const ZCollaborationKey = z.string().regex(/^c[a-z0-9]{20,31}$/);
/** What opens the management pages: a management link's token, or for a signed-in member the collaboration's id. */
export const ZManagementKey = z.union([ZToken, ZCollaborationKey]);

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 132 bits of HMAC-SHA256 output, keyed by a round's link secret (or, for older rounds, the management token). */
export function deriveToken(key: string, purpose: string): string {
  return createHmac("sha256", key).update(purpose).digest("base64url").slice(0, TOKEN_LENGTH);
}

export function inviteToken(key: string, partnerId: string, generation: number): string {
  return deriveToken(key, `invite:${partnerId}:${generation}`);
}

export function personalToken(key: string, respondentId: string, generation: number): string {
  return deriveToken(key, `respondent:${respondentId}:${generation}`);
}
