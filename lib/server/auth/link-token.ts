import "server-only";
import { z } from "zod";
import type { AccountLinkKind } from "./account-link-mail";
import { getAuth } from "./auth";

/** The secret of a sign-in or reset link as Better Auth makes it (letters and digits); anything else is no link. */
export const ZLinkToken = z.string().regex(/^[A-Za-z0-9]{16,64}$/, "invalidLink");

/** The links Better Auth stores until used; a confirmation link is a signed token it keeps nowhere. */
type StoredLinkKind = Exclude<AccountLinkKind, "confirmEmail">;

const IDENTIFIER_PREFIX: Record<StoredLinkKind, string> = { signIn: "magic-link:", resetPassword: "reset-password:" };

/**
 * Whether a link still works, so its page can say at once that it does not
 * instead of after the person typed a new password. Used and expired links
 * read the same: Better Auth deletes a link once used.
 */
export async function isLinkUsable(kind: StoredLinkKind, token: string): Promise<boolean> {
  if (!ZLinkToken.safeParse(token).success) return false;
  const context = await (await getAuth()).$context;
  const found = await context.internalAdapter.findVerificationValue(`${IDENTIFIER_PREFIX[kind]}${token}`);
  return found !== null && found !== undefined && found.expiresAt > new Date();
}
