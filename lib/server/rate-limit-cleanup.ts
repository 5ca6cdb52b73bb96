/**
 * Deletes the rate-limit rows of windows that have ended, at start and every
 * hour, so the table holds only the last hour or so of counted keys. Every
 * app instance runs its own timer: the deletes are idempotent, so two
 * instances deleting the same rows is harmless and nothing needs electing.
 */
import "server-only";
import { db } from "./db";
import { log } from "./log";
import { deleteEndedWindows } from "./rate-limit-store";

const CLEANUP_EVERY_MS = 60 * 60 * 1000;

// Per process by design (see above); only keeps a second call from starting a second timer.
let timer: NodeJS.Timeout | undefined;

/** Started once by instrumentation.ts; a failure is logged and tried again on the next tick. */
export function scheduleRateLimitCleanup(): void {
  if (timer) return;
  const run = () =>
    deleteEndedWindows(db).catch((error: unknown) =>
      log("error", "rate-limit.cleanup-failed", { error: error instanceof Error ? error.name : "unknown" }),
    );
  void run();
  timer = setInterval(run, CLEANUP_EVERY_MS);
  timer.unref();
}
