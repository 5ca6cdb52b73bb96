import "server-only";
import { headers } from "next/headers";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { DomainError } from "./errors";
import { log } from "./log";
import { hashToken } from "./tokens";

/**
 * Limits per client address (creating scans, entering through invitations)
 * and per link (saving answers, downloads). In memory: this app runs as one
 * process next to its SQLite file. Over the limit the caller gets a
 * `rateLimited` error, which entry points turn into 429 or a form message.
 */
const LIMITS = {
  createScan: { points: 20, duration: 60 * 60 },
  enter: { points: 60, duration: 60 * 60 },
  saveResponses: { points: 300, duration: 60 },
  export: { points: 30, duration: 60 },
  manage: { points: 120, duration: 60 },
} as const;

export type LimitedAction = keyof typeof LIMITS;

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

/** The client's address as the proxy in front reports it, or the direct peer. */
export async function clientAddress(): Promise<string> {
  const requestHeaders = await headers();
  return requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "local";
}
