/**
 * The counts behind the rate limits, kept in the database (table
 * `RateLimit`) so that every app instance on it counts the same requests:
 * behind a load balancer a client cannot multiply its allowance by the number
 * of instances, and a restart does not reset it.
 *
 * One statement counts a request: it inserts the key's row, or adds to it,
 * or starts a new window when the old one has ended, and returns the count.
 * The database does that atomically, so requests arriving together at
 * several instances are all counted, without a read-then-write race. The SQL
 * is the same on SQLite (3.35 and newer) and PostgreSQL: `ON CONFLICT … DO
 * UPDATE … RETURNING`, quoted identifiers, and the window's end as an integer
 * of milliseconds rather than a date, whose storage differs per database.
 * (rate-limiter-flexible's Prisma store needs two statements per request, a
 * delete and an upsert, plus a timer per limiter.)
 */
import "server-only";
import type { PrismaClient } from "@prisma/client";

type CountRow = { points: number | bigint };

/** Counts one request against `key` in a window of `windowMs`; returns the requests counted in the current window. */
export async function countRequest(
  client: PrismaClient,
  key: string,
  windowMs: number,
  now = Date.now(),
): Promise<number> {
  const nowMs = BigInt(now);
  const expiresAt = BigInt(now + windowMs);
  const rows = await client.$queryRaw<CountRow[]>`
    INSERT INTO "RateLimit" ("key", "points", "expiresAt") VALUES (${key}, 1, ${expiresAt})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimit"."expiresAt" <= ${nowMs} THEN 1 ELSE "RateLimit"."points" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${nowMs} THEN ${expiresAt} ELSE "RateLimit"."expiresAt" END
    RETURNING "points"`;
  const [row] = rows;
  if (!row) throw new Error("counting a request returned no row");
  return Number(row.points);
}

/** Deletes the rows of windows that have ended (they would start afresh anyway); returns how many. */
export async function deleteEndedWindows(client: PrismaClient, now = Date.now()): Promise<number> {
  const { count } = await client.rateLimit.deleteMany({ where: { expiresAt: { lte: BigInt(now) } } });
  return count;
}
