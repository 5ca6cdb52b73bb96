// Runs once when the server starts. The Node.js-only work lives in its own
// module so that the Edge bundle of this file stays free of Node APIs.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/server/check-env-on-start");
  // Addresses whose retention has passed go at start and every hour after (one embedded database, no scheduler).
  (await import("./lib/server/invitations/purge-addresses")).schedulePurge();
  // Counts of ended rate-limit windows go the same way.
  (await import("./lib/server/rate-limit-cleanup")).scheduleRateLimitCleanup();
}
