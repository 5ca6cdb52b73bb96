import { PrismaClient } from "@prisma/client";
import { createSqliteAdapter } from "./sqlite-adapter";

/**
 * How long a transaction may wait to start, and may take once started. The
 * adapter runs one statement or transaction at a time, so under a burst of
 * saves a transaction queues behind the others; Prisma's defaults (2 s and
 * 5 s) would turn that queue into errors on a busy machine. Overload must
 * give latency, never a lost answer.
 */
export const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/** A Prisma client on the SQLite file of `databaseUrl`, for the app, scripts and tests alike. */
export function createDatabaseClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: createSqliteAdapter(databaseUrl), transactionOptions: TRANSACTION_OPTIONS });
}
