import { z } from "zod";

/**
 * The one place that reads configuration. Every setting has a default that
 * works for the embedded setup, so `npm run app` needs no configuration; a
 * bad value stops the process with a message that names the setting.
 */

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
  /** Create the demo scan when the database has no scans yet. */
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
