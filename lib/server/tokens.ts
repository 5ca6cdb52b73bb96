import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Links carry a random token of 128 bits; the database keeps only its
 * SHA-256 hash, so a copy of the database does not open any scan.
 */
const TOKEN_BYTES = 16;

export const ZToken = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
