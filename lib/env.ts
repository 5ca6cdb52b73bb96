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
    .regex(
      /^(?:file:.+|postgres(?:ql)?:\/\/.+)$/i,
      'must be a SQLite file URL such as "file:./data/app.db" or a PostgreSQL URL such as "postgresql://user:password@host:5432/scan"',
    )
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
  /**
   * The SMTP server invitations, reminders and sign-in links go out through.
   * Unset: the app sends no e-mail and offers links to copy instead.
   */
  SMTP_HOST: z
    .string()
    .regex(HOST_PATTERN, 'must be a host name or address such as "smtp.example.org"')
    .refine((host) => !host.includes(":") || host.startsWith("["), "must not include a port: set SMTP_PORT")
    .optional(),
  SMTP_PORT: z.coerce
    .number({ message: "must be a port number from 1 to 65535" })
    .int("must be a port number from 1 to 65535")
    .min(1, "must be a port number from 1 to 65535")
    .max(65535, "must be a port number from 1 to 65535")
    .default(587),
  /** TLS from the first byte (port 465); otherwise STARTTLS whenever the server offers it. Default: true on port 465. */
  SMTP_SECURE: z
    .enum(["true", "false", "1", "0"], { message: 'must be "true" or "false"' })
    .transform((value) => value === "true" || value === "1")
    .optional(),
  SMTP_USER: z.string().max(320).optional(),
  SMTP_PASSWORD: z.string().max(1000).optional(),
  /** The sender of every message, e.g. "Samenwerkingsscan <scan@example.org>". */
  MAIL_FROM: z.string().max(320).optional(),
  /** Days an invited person's e-mail address is kept after their round closes. */
  MAIL_RETENTION_DAYS: z.coerce
    .number({ message: "must be a whole number of days from 0 to 3650" })
    .int("must be a whole number of days from 0 to 3650")
    .min(0, "must be a whole number of days from 0 to 3650")
    .max(3650, "must be a whole number of days from 0 to 3650")
    .default(90),
});

export type Env = z.infer<typeof ZEnv>;

export class InvalidEnvError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "InvalidEnvError";
  }
}

const MAILBOX = /^(?:[^<>@\s]+@[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/;

/** Settings that only make sense together: a sender for a server, a password for a user. */
function checkMailSettings(value: z.infer<typeof ZEnv>, context: z.RefinementCtx): void {
  const problem = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
  if (value.SMTP_HOST === undefined) {
    for (const name of ["SMTP_USER", "SMTP_PASSWORD", "MAIL_FROM"] as const) {
      if (value[name] !== undefined) problem(name, "is set but SMTP_HOST is not: set SMTP_HOST too, or unset this");
    }
    return;
  }
  if (value.MAIL_FROM === undefined) problem("MAIL_FROM", 'is required with SMTP_HOST, e.g. "Scan <scan@example.org>"');
  else if (!MAILBOX.test(value.MAIL_FROM.trim())) {
    problem("MAIL_FROM", 'must be an address such as "scan@example.org" or "Scan <scan@example.org>"');
  }
  if ((value.SMTP_USER === undefined) !== (value.SMTP_PASSWORD === undefined)) {
    problem(value.SMTP_USER === undefined ? "SMTP_USER" : "SMTP_PASSWORD", "SMTP_USER and SMTP_PASSWORD go together");
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Treat empty strings as unset, as shells and .env files often produce them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = ZEnv.superRefine(checkMailSettings).safeParse(cleaned);
  if (!result.success) {
    throw new InvalidEnvError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

// Per process: each app instance reads its own environment once.
let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The file path inside a `file:` URL, relative to the working directory. */
export function sqliteFilePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}
