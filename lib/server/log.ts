import { env } from "../env";

/**
 * Structured logs, one JSON object per line. Callers pass only event names
 * and ids; never tokens, answers or names.
 */
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Ids, counts, names of events and use cases: what an operator needs, never what a person entered. */
export type LogFields = Record<string, string | number | boolean>;

export function log(level: Level, event: string, fields: LogFields = {}): void {
  if (ORDER[level] < ORDER[env().LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}
