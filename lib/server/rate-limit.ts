/**
 * Limits per client address (creating scans, entering through invitations)
 * and per link (saving answers, submitting, downloads, managing). In memory:
 * this app runs as one process next to its SQLite file. Over the limit the
 * caller gets a `rateLimited` error, which entry points turn into 429 or a
 * form message. Entry points declare their policy in the action wrapper
 * (lib/server/action.ts), which applies it.
 */
import "server-only";
import { headers } from "next/headers";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "./errors";
import { log } from "./log";
import { hashToken } from "./tokens";

const LIMITS = {
  createScan: { points: 20, duration: 60 * 60 },
  enter: { points: 60, duration: 60 * 60 },
  saveResponses: { points: 300, duration: 60 },
  // A respondent submits once; retries after a lost answer are the only reason to send more.
  submit: { points: 30, duration: 60 },
  export: { points: 30, duration: 60 },
  manage: { points: 120, duration: 60 },
} as const;

export type LimitedAction = keyof typeof LIMITS;

/**
 * Which allowance an entry point's requests count against, and whose: the
 * link the request carries (a function picking the token from the parsed
 * input) or, where there is no link yet, the client's address.
 */
export type RateLimitPolicy<Input> = {
  limiter: LimitedAction;
  key: "clientAddress" | ((input: Input) => string);
};

const limiters = new Map<LimitedAction, RateLimiterMemory>();

function limiter(action: LimitedAction): RateLimiterMemory {
  let found = limiters.get(action);
  if (!found) {
    found = new RateLimiterMemory({ keyPrefix: action, ...LIMITS[action] });
    limiters.set(action, found);
  }
  return found;
}

/** Counts one request; throws `rateLimited` when the key used up its allowance. Keys are hashed: tokens never sit in memory as such. */
export async function consume(action: LimitedAction, key: string): Promise<void> {
  try {
    await limiter(action).consume(hashToken(key));
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      log("warn", "rate-limited", { action });
      throw new DomainError("rateLimited");
    }
    throw error;
  }
}

/** Counts one request against the policy's allowance; throws `rateLimited` when it is used up. */
export async function enforceRateLimit<Input>(policy: RateLimitPolicy<Input>, input: Input): Promise<void> {
  await consume(policy.limiter, policy.key === "clientAddress" ? await clientAddress() : policy.key(input));
}

/** The client's address as the proxy in front reports it, or the direct peer. */
export async function clientAddress(): Promise<string> {
  const requestHeaders = await headers();
  return requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "local";
}
