import "server-only";
import { headers } from "next/headers";
import { env } from "../env";

/** The absolute address links are built on: PUBLIC_BASE_URL, or the address of the current request. */
export async function baseUrl(): Promise<string> {
  const configured = env().PUBLIC_BASE_URL;
  if (configured) return configured;
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol =
    requestHeaders.get("x-forwarded-proto") ??
    (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${protocol}://${host}`;
}

/** A respondent's or partner's link; English scans carry ?lang=en so the first page opens in English. */
export function linkTo(base: string, path: string, locale: string): string {
  return `${base}${path}${locale === "nl" ? "" : `?lang=${locale}`}`;
}
