/**
 * Limits per link (entering through an invitation, saving answers,
 * submitting, downloads, managing) and per client address (creating scans;
 * entering, where a trusted proxy reports the address). Never one allowance
 * for the whole installation, so nobody can use it up for everyone. Counted
 * in the database (./rate-limit-store.ts), so several app instances behind a
 * load balancer share every allowance. Over the limit the caller gets a
 * `rateLimited` error, which entry points turn into 429 or a form message. Entry points declare their policy in the action
 * wrapper (lib/server/action.ts), which applies it.
 */
import "server-only";
import { headers } from "next/headers";
import { db } from "./db";
import { DomainError } from "./errors";
import { clientAddress, forwarding, type HeaderSource } from "./forwarded";
import { log } from "./log";
import { countRequest } from "./rate-limit-store";
import { hashToken } from "./tokens";

const LIMITS = {
  // Per client address: whoever creates a scan holds no link yet. A course of 30 managers behind one Wi-Fi fits.
  createScan: { points: 60, duration: 60 * 60 },
  // Per invitation link, shared by everyone of a partner: a meeting room of 60 entering within a minute, and
  // again on a second device, fits with room to spare. A flooded link recovers in ten minutes, or at once when
  // the manager renews it; other links are not touched.
  enterPerLink: { points: 200, duration: 10 * 60 },
  // Per trusted client address, counted before the link: below a link's allowance, so one address cannot use up
  // a partner's link on its own, while two rooms of 60 behind one Wi-Fi still fit.
  enterPerAddress: { points: 120, duration: 10 * 60 },
  saveResponses: { points: 300, duration: 60 },
  // A respondent submits once; retries after a lost answer are the only reason to send more.
  submit: { points: 30, duration: 60 },
  export: { points: 30, duration: 60 },
  manage: { points: 120, duration: 60 },
  // Per management link: each press mails up to a whole list, so a loop cannot turn the app into a mail cannon.
  sendMail: { points: 30, duration: 60 * 60 },
  // Per client address: a person removing their own address does so once or twice.
  removeAddress: { points: 30, duration: 60 },
  // Guessing passwords: per client address and per address typed, so neither many accounts from one place nor one
  // account from many places can be tried quickly.
  signIn: { points: 20, duration: 15 * 60 },
  signInPerEmail: { points: 10, duration: 15 * 60 },
  signUp: { points: 10, duration: 60 * 60 },
  // Asking for a sign-in or reset link mails someone: per client address, and per address typed so nobody's inbox
  // can be flooded from many places.
  requestAccountLink: { points: 10, duration: 15 * 60 },
  requestAccountLinkPerEmail: { points: 5, duration: 60 * 60 },
  useAccountLink: { points: 30, duration: 15 * 60 },
} as const;

export type LimitedAction = keyof typeof LIMITS;

/**
 * One allowance a request counts against, and whose: the link it carries (a
 * function picking the token from the parsed input); the client's address
 * (`clientAddress`: the trusted one, or without trusted proxies the address
 * Next.js reports, which keeps clients apart but a client could forge); or
 * the address only when a trusted proxy reported it (`trustedClientAddress`,
 * skipped otherwise, for limits where a forged address must not lock out
 * the person it belongs to).
 */
export type RateLimitRule<Input> = {
  limiter: LimitedAction;
  key: "clientAddress" | "trustedClientAddress" | ((input: Input) => string);
};

/** A rule, or several counted in order: the first one used up refuses the request. */
export type RateLimitPolicy<Input> = RateLimitRule<Input> | readonly RateLimitRule<Input>[];

/** Counts one request; throws `rateLimited` when the key used up its allowance. Keys are hashed: tokens are never stored as such. */
export async function consume(action: LimitedAction, key: string): Promise<void> {
  const { points, duration } = LIMITS[action];
  const counted = await countRequest(db, `${action}:${hashToken(key)}`, duration * 1000);
  if (counted > points) {
    log("warn", "rate-limited", { action });
    throw new DomainError("rateLimited");
  }
}

/** The key a rule counts against, or null when the rule does not apply to this request. */
async function keyFor<Input>(
  rule: RateLimitRule<Input>,
  input: Input,
  requestHeaders: () => Promise<HeaderSource>,
): Promise<string | null> {
  if (typeof rule.key === "function") return rule.key(input);
  const { trustedProxyHops } = forwarding();
  if (rule.key === "trustedClientAddress" && trustedProxyHops === 0) return null;
  const address = clientAddress(await requestHeaders(), trustedProxyHops);
  if (rule.key === "trustedClientAddress") return address?.isTrusted ? address.key : null;
  // Requests without any address (an empty X-Forwarded-For) share one allowance, which only such requests use.
  return address?.key ?? "unknown";
}

/** Counts one request against each of the policy's allowances; throws `rateLimited` at the first one used up. */
export async function enforceRateLimit<Input>(
  policy: RateLimitPolicy<Input>,
  input: Input,
  requestHeaders: () => Promise<HeaderSource> = headers,
): Promise<void> {
  const rules: readonly RateLimitRule<Input>[] = "limiter" in policy ? [policy] : policy;
  for (const rule of rules) {
    const key = await keyFor(rule, input, requestHeaders);
    if (key !== null) await consume(rule.limiter, key);
  }
}
