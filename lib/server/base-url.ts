import "server-only";
import { headers } from "next/headers";
import { baseUrlFor, forwarding, isHttps } from "./forwarded";
import { log } from "./log";

// Per process: it only keeps each instance from repeating one warning in its own log.
let hasWarnedOfRefusedHost = false;

/**
 * The absolute address links are built on: PUBLIC_BASE_URL, or the host of
 * the current request when it is this machine's or on ALLOWED_HOSTS, never a
 * host a client made up (see `baseUrlFor`).
 */
export async function baseUrl(): Promise<string> {
  const { url, refusedHost } = baseUrlFor(await headers(), forwarding());
  if (refusedHost && !hasWarnedOfRefusedHost) {
    hasWarnedOfRefusedHost = true;
    // Once per process: a host name is no personal data, but a flood of forged ones should not flood the log.
    log("warn", "base-url.host-not-allowed", {
      host: refusedHost.slice(0, 100),
      hint: "set PUBLIC_BASE_URL or ALLOWED_HOSTS",
    });
  }
  return url;
}

/** Whether this request came over https; cookies are then `Secure`. */
export async function isServedOverHttps(): Promise<boolean> {
  return isHttps(await headers(), forwarding());
}

/** A respondent's or partner's link; English scans carry ?lang=en so the first page opens in English. */
export function linkTo(base: string, path: string, locale: string): string {
  return `${base}${path}${locale === "nl" ? "" : `?lang=${locale}`}`;
}
