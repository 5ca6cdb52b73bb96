import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { DomainError } from "../errors";
import { log } from "../log";
import { getAuth } from "./auth";
import { passOnAuthCookies } from "./cookies";
import { ZEmail, ZPassword } from "./credentials";

export const ZSignUpInput = z
  .object({
    name: z.string().trim().min(1, "required").max(100, "tooLong"),
    email: ZEmail,
    password: ZPassword,
  })
  .strict();

/** Makes an account with e-mail and password and signs its holder in on this browser. */
export async function signUp(input: z.infer<typeof ZSignUpInput>): Promise<void> {
  const auth = await getAuth();
  try {
    const { headers: responseHeaders } = await auth.api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password },
      headers: await headers(),
      returnHeaders: true,
    });
    await passOnAuthCookies(responseHeaders);
    log("info", "account.created");
  } catch (error) {
    // Better Auth answers "already exists" for a known address; the form says so, as sign-up forms do.
    if (isAPIError(error) && String(error.body?.code).startsWith("USER_ALREADY_EXISTS")) {
      throw new DomainError("emailTaken");
    }
    throw error;
  }
}
