import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@samenwerkingsscan/prisma-postgres";
import { databaseProvider } from "./db-dialect";
import { createSqliteAdapter } from "./sqlite-adapter";

/**
 * How long a transaction may wait to start, and may take once started. The
 * adapter runs one statement or transaction at a time, so under a burst of
 * saves a transaction queues behind the others; Prisma's defaults (2 s and
 * 5 s) would turn that queue into errors on a busy machine. Overload must
 * give latency, never a lost answer.
 */
export const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/**
 * A Prisma client on the database of `databaseUrl`, for the app, scripts and
 * tests alike: the SQLite file of a `file:` URL, or the PostgreSQL database
 * of a `postgresql://` URL. The two clients are generated from one schema
 * (scripts/db-generate.ts) and share Prisma's runtime, so they have the
 * same API and the app knows one type.
 */
export function createDatabaseClient(databaseUrl: string): PrismaClient {
  if (databaseProvider(databaseUrl) === "postgresql") {
    const client = new PostgresPrismaClient({
      adapter: new PrismaPg({ connectionString: databaseUrl }),
      transactionOptions: TRANSACTION_OPTIONS,
    });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: createSqliteAdapter(databaseUrl), transactionOptions: TRANSACTION_OPTIONS });
}
