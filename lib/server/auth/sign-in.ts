import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { z } from "zod";
import { DomainError } from "../errors";
import { getAuth } from "./auth";
import { passOnAuthCookies } from "./cookies";
import { ZEmail } from "./credentials";

export const ZSignInInput = z
  .object({ email: ZEmail, password: z.string().min(1, "required").max(1000, "tooLong") })
  .strict();

/** Signs in with e-mail and password; a wrong address and a wrong password get the same answer. */
export async function signIn(input: z.infer<typeof ZSignInInput>): Promise<void> {
  const auth = await getAuth();
  try {
    const { headers: responseHeaders } = await auth.api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: await headers(),
      returnHeaders: true,
    });
    await passOnAuthCookies(responseHeaders);
  } catch (error) {
    if (isAPIError(error) && (error.status === "UNAUTHORIZED" || error.statusCode === 401)) {
      throw new DomainError("wrongCredentials");
    }
    throw error;
  }
}

/** Ends this browser's session. */
export async function signOut(): Promise<void> {
  const auth = await getAuth();
  const { headers: responseHeaders } = await auth.api.signOut({ headers: await headers(), returnHeaders: true });
  await passOnAuthCookies(responseHeaders);
}
