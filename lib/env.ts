/**
 * The one place that reads configuration. Every setting has a default that
 * works for the embedded setup, so `npm run app` needs no configuration; a
 * bad value stops the process with a message that names the setting.
 */
import { z } from "zod";

/** A host name, IPv4 address or [IPv6] address, with an optional port: what a Host header may hold. */
export const HOST_PATTERN =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, 'must be a SQLite file URL such as "file:./data/app.db"')
    .default("file:./data/app.db"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Absolute address for links shown to users; by default the address the request came in on. */
  PUBLIC_BASE_URL: z
    .url({ message: 'must be an absolute URL such as "https://scan.example.org"' })
    .transform((url) => url.replace(/\/+$/, ""))
    .optional(),
  /**
   * How many proxies of our own stand in front of the app (0: clients reach
   * it directly). Only then are X-Forwarded-For, -Host and -Proto believed,
   * and only as far as those proxies wrote them: the client address is the
   * entry that many places from the right of X-Forwarded-For.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "must be a whole number from 0 to 10" })
    .int("must be a whole number from 0 to 10")
    .min(0, "must be a whole number from 0 to 10")
    .max(10, "must be a whole number from 0 to 10")
    .default(0),
  /**
   * Host names (optionally with :port) that links may be built on when
   * PUBLIC_BASE_URL is not set, besides this machine's own names and addresses.
   */
  ALLOWED_HOSTS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter((host) => host !== ""),
    )
    .refine(
      (hosts) => hosts.every((host) => HOST_PATTERN.test(host)),
      'must be host names separated by commas, such as "scan.local,10.0.0.5:3000"',
    )
    .default([]),
  /** Offer the demo: every visitor who opens it gets a copy of their own. */
  SEED_DEMO: z
    .enum(["true", "false", "1", "0"], { message: 'must be "true" or "false"' })
    .default("true")
    .transform((value) => value === "true" || value === "1"),
});

export type Env = z.infer<typeof ZEnv>;

export class InvalidEnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "InvalidEnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as shells and .env files often produce them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    throw new InvalidEnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The file path inside a `file:` URL, relative to the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}
