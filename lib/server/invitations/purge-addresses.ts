/**
 * Deletes the e-mail addresses of rounds that have been closed for longer
 * than MAIL_RETENTION_DAYS. The personal links and their answers stay; only
 * the addresses go. Runs when the server starts, every hour after that, and
 * whenever a manager opens a round's invitations, so with one embedded
 * database and no separate scheduler no address outlives its period by
 * more than an hour of uptime.
 */
import "server-only";
import { env } from "../../env";
import { db } from "../db";
import { log } from "../log";

const DAY_MS = 24 * 60 * 60 * 1000;
const PURGE_EVERY_MS = 60 * 60 * 1000;

export async function purgeExpiredAddresses(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - env().MAIL_RETENTION_DAYS * DAY_MS);
  // A round is closed from the moment the manager closed it or its closing date passed, whichever came first.
  const { count } = await db.invitee.deleteMany({
    where: { scan: { OR: [{ closedAt: { lte: cutoff } }, { closesAt: { lte: cutoff } }] } },
  });
  if (count > 0) log("info", "addresses.purged", { count });
  return count;
}

// Per process: with several app instances each runs its own purge; deleting is idempotent, so nothing needs electing.
let timer: NodeJS.Timeout | undefined;

/** Started once by instrumentation.ts; a failure is logged and tried again on the next tick. */
export function schedulePurge(): void {
  if (timer) return;
  const run = () =>
    purgeExpiredAddresses().catch((error: unknown) =>
      log("error", "addresses.purge-failed", { error: error instanceof Error ? error.name : "unknown" }),
    );
  void run();
  timer = setInterval(run, PURGE_EVERY_MS);
  timer.unref();
}
