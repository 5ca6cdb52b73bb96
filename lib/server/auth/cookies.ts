import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies } from "next/headers";
import { isServedOverHttps } from "../base-url";

/**
 * Hands the cookies Better Auth answered with to the browser through Next.js,
 * `Secure` whenever this request came over https (as the language cookie).
 */
export async function passOnAuthCookies(responseHeaders: Headers): Promise<void> {
  const setCookie = responseHeaders.get("set-cookie");
  if (!setCookie) return;
  const store = await cookies();
  const secure = await isServedOverHttps();
  for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
    const options = toCookieOptions(attributes);
    store.set(name, attributes.value, {
      path: options.path ?? "/",
      httpOnly: options.httpOnly ?? true,
      sameSite: options.sameSite ?? "lax",
      secure,
      ...(options.maxAge !== undefined ? { maxAge: options.maxAge } : {}),
      ...(options.expires !== undefined ? { expires: options.expires } : {}),
    });
  }
}
