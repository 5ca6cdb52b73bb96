/**
 * Accounts come from Better Auth, not from code of our own: sessions, password
 * hashing (scrypt), resets and its rate limits. Its secret signs session
 * cookies; an installation that sets none gets one generated on first use and
 * kept in the database, so the two-command start needs no configuration.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { magicLink } from "better-auth/plugins/magic-link";
import { env } from "../../env";
import { db } from "../db";
import { databaseProvider } from "../db-dialect";
import { isMailConfigured } from "../mail/send-mail";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./credentials";
import { LINK_MINUTES, sendAccountLink } from "./send-account-link";

const SECRET_SETTING = "auth.secret";

async function installationSecret(): Promise<string> {
  const existing = await db.setting.findUnique({ where: { key: SECRET_SETTING } });
  if (existing) return existing.value;
  // Two first requests at once: the second insert loses and both read the winner.
  await db.setting
    .create({ data: { key: SECRET_SETTING, value: randomBytes(32).toString("base64url") } })
    .catch(() => undefined);
  const stored = await db.setting.findUniqueOrThrow({ where: { key: SECRET_SETTING } });
  return stored.value;
}

function createAuth(secret: string) {
  return betterAuth({
    secret,
    // Better Auth needs an origin for the links it would build itself; the links we mail are built on
    // lib/server/base-url (PUBLIC_BASE_URL or the request's allowed host), so it is never seen.
    baseURL: env().PUBLIC_BASE_URL ?? "http://localhost",
    database: prismaAdapter(db, { provider: databaseProvider(env().DATABASE_URL) }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
      resetPasswordTokenExpiresIn: LINK_MINUTES.resetPassword * 60,
      // Whoever knew the old password is signed out everywhere once the mailbox's owner sets a new one.
      revokeSessionsOnPasswordReset: true,
      // Better Auth sends nothing for an unknown address; the page answers the same either way.
      sendResetPassword: ({ user, token }) => sendAccountLink("resetPassword", user.email, token),
      // The link proved the mailbox, and the password it set replaced any set before: a later sign-in by link
      // need not strip it (see the magic link's note below).
      onPasswordReset: async ({ user }) => {
        await db.user.update({ where: { id: user.id }, data: { emailVerified: true } });
      },
    },
    // Where mail is configured a new account gets a link that proves its address, so that sharing a collaboration
    // by address (lib/server/account/sharing.ts) reaches the mailbox's owner, not whoever registered the address
    // first. Signing in without it stays possible: an installation without mail cannot confirm anyone.
    emailVerification: {
      sendOnSignUp: isMailConfigured(),
      expiresIn: LINK_MINUTES.confirmEmail * 60,
      autoSignInAfterVerification: false,
      sendVerificationEmail: ({ user, token }) => sendAccountLink("confirmEmail", user.email, token),
    },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Better Auth counts only requests through its own HTTP handler, which this app does not mount: sign-up and
    // sign-in run as our server actions, limited per address and per e-mail address in lib/server/rate-limit.ts, in
    // the database so that every app instance counts together. Its in-memory counter would count nothing.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    plugins: [
      // Links sign in existing accounts only; the first sign-in by link of an account whose address was never
      // proven removes the password set before (Better Auth's guard against someone registering another's address).
      magicLink({
        expiresIn: LINK_MINUTES.signIn * 60,
        disableSignUp: true,
        sendMagicLink: ({ email, token }) => sendAccountLink("signIn", email, token),
      }),
    ],
    // Secure or not per request (lib/server/auth/cookies.ts), as the language cookie: over https, behind a proxy too.
    advanced: { cookiePrefix: "samenwerkingsscan", useSecureCookies: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Per process: every app instance makes its own from the one secret in the database, so a session cookie signed
// by one instance is valid at every other. Instances starting together race for the first secret; the insert
// decides, and every instance reads the winner.
const globalForAuth = globalThis as unknown as { auth?: Promise<Auth> };

/** The one Better Auth instance of this process, made once its secret is known. */
export function getAuth(): Promise<Auth> {
  globalForAuth.auth ??= installationSecret().then(createAuth);
  return globalForAuth.auth;
}
