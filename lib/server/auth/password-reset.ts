import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { DomainError } from "../errors";
import { requireMailSettings } from "../mail/send-mail";
import { getAuth } from "./auth";
import { ZPassword } from "./credentials";
import { ZLinkToken } from "./link-token";
import type { ZRequestLinkInput } from "./sign-in-link";

/** Mails a reset link when the address has an account; Better Auth answers the same when it has none. */
export async function requestPasswordReset(input: z.infer<typeof ZRequestLinkInput>): Promise<void> {
  requireMailSettings();
  const auth = await getAuth();
  await auth.api.requestPasswordReset({ body: { email: input.email }, headers: await headers() });
}

export const ZSetPasswordInput = z.object({ token: ZLinkToken, password: ZPassword }).strict();

/** Sets a new password with the secret of a mailed link, once; every session of the account ends. */
export async function setNewPassword(input: z.infer<typeof ZSetPasswordInput>): Promise<void> {
  const auth = await getAuth();
  try {
    await auth.api.resetPassword({
      body: { token: input.token, newPassword: input.password },
      headers: await headers(),
    });
  } catch (error) {
    if (isAPIError(error) && String(error.body?.code) === "INVALID_TOKEN") throw new DomainError("resetLinkInvalid");
    throw error;
  }
}
