/**
 * A new account proves its address by a link mailed to it (Better Auth's
 * e-mail verification). Until then a colleague cannot share a collaboration
 * with it: the address could have been registered by someone else.
 */
import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { DomainError, NotFoundError } from "../errors";
import { log } from "../log";
import { requireMailSettings } from "../mail/send-mail";
import { getAuth } from "./auth";
import { currentUser } from "./session";

/** The link's secret: a signed token of three base64url parts, as Better Auth makes it. */
export const ZConfirmEmailInput = z
  .object({
    token: z
      .string()
      .max(2048)
      .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "invalidLink"),
  })
  .strict();

/** Marks the address in the link as confirmed; an expired or forged link changes nothing. */
export async function confirmEmail(input: z.infer<typeof ZConfirmEmailInput>): Promise<void> {
  const auth = await getAuth();
  try {
    await auth.api.verifyEmail({ query: { token: input.token }, headers: await headers() });
    log("info", "account.email-confirmed");
  } catch (error) {
    if (isAPIError(error)) throw new DomainError("confirmLinkInvalid");
    throw error;
  }
}

export const ZResendConfirmationInput = z.object({}).strict();

/** Mails the signed-in person a new confirmation link; returns the address it went to. */
export async function resendConfirmation(_input: z.infer<typeof ZResendConfirmationInput>): Promise<{ email: string }> {
  requireMailSettings();
  const user = await currentUser();
  if (!user) throw new NotFoundError();
  // Asked twice in two tabs: the first confirmed it, the second needs nothing.
  if (user.isEmailConfirmed) return { email: user.email };
  const auth = await getAuth();
  await auth.api.sendVerificationEmail({ body: { email: user.email }, headers: await headers() });
  return { email: user.email };
}
