import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { DomainError } from "../errors";
import { requireMailSettings } from "../mail/send-mail";
import { getAuth } from "./auth";
import { passOnAuthCookies } from "./cookies";
import { ZEmail } from "./credentials";
import { ZLinkToken } from "./link-token";

export const ZRequestLinkInput = z.object({ email: ZEmail }).strict();

/**
 * Mails a sign-in link when the address has an account; the answer is the
 * same when it has none, so the form tells nobody who has an account.
 */
export async function requestSignInLink(input: z.infer<typeof ZRequestLinkInput>): Promise<void> {
  requireMailSettings();
  const auth = await getAuth();
  await auth.api.signInMagicLink({ body: { email: input.email }, headers: await headers() });
}

export const ZUseSignInLinkInput = z.object({ token: ZLinkToken }).strict();

/** Signs in with the secret of a mailed link, once; a used or expired link is refused. */
export async function signInWithLink(input: z.infer<typeof ZUseSignInLinkInput>): Promise<void> {
  const auth = await getAuth();
  try {
    // Without a callback address Better Auth answers with the session instead of redirecting to its own routes.
    const { headers: responseHeaders } = await auth.api.magicLinkVerify({
      query: { token: input.token },
      headers: await headers(),
      returnHeaders: true,
    });
    await passOnAuthCookies(responseHeaders);
  } catch (error) {
    // A refused link arrives as a redirect carrying ?error=…: used, expired or never issued, all the same to the person.
    if (isAPIError(error) && (error.status === "FOUND" || error.statusCode === 302)) {
      throw new DomainError("signInLinkInvalid");
    }
    throw error;
  }
}
