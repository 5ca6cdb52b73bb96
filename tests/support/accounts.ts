import { currentUser } from "../../lib/server/auth/session";
import { signIn } from "../../lib/server/auth/sign-in";
import { signUp } from "../../lib/server/auth/sign-up";
import { newRequest, request } from "./request-context";

/** The password every test account gets. */
export const TEST_PASSWORD = "een lang wachtwoord";

let counter = 0;

/** The browser sends back the cookies the last response set, as a real one does; returns them as a Cookie header. */
export function sendCookies(): string {
  const cookie = [...request.cookies.entries()].map(([name, { value }]) => `${name}=${value}`).join("; ");
  request.headers.set("cookie", cookie);
  return cookie;
}

/**
 * A fresh browser that signs up with a new address through the real use
 * case; it stays signed in for the calls that follow. The test file mocks
 * next/headers with ./request-context.
 */
export async function signUpAs(name: string): Promise<{ email: string; id: string; cookie: string }> {
  counter += 1;
  const email = `${name.toLowerCase()}.${counter}.${Date.now()}@example.org`;
  newRequest();
  await signUp({ name, email, password: TEST_PASSWORD });
  const cookie = sendCookies();
  const user = await currentUser();
  if (!user) throw new Error("not signed in after signing up");
  return { email, id: user.id, cookie };
}

/** A fresh browser that signs in with an existing account. */
export async function signInAs(email: string): Promise<void> {
  newRequest();
  await signIn({ email, password: TEST_PASSWORD });
  sendCookies();
}

/** A fresh request from a browser that holds the given cookies ("" for one signed in as nobody). */
export function asBrowser(cookie: string): void {
  newRequest();
  request.headers.set("cookie", cookie);
}
