import { databaseProvider } from "../../lib/server/db-dialect";

/**
 * The database the integration tests run against: a fresh SQLite file per
 * run, named after the run's main process (vitest.config.mts sets it before
 * any worker starts), so two runs side by side never share or delete each
 * other's database; or, with `TEST_DATABASE=postgresql`, a database on a
 * PostgreSQL server the run starts itself (integration-global-setup.ts).
 */
export const INTEGRATION_DATABASE_URL =
  process.env.INTEGRATION_DATABASE_URL ?? `file:./data/integration-${process.pid}.db`;

/** Tests of a SQLite mechanism (its backup, its locks, its pragmas) run only on SQLite. */
export const IS_SQLITE = databaseProvider(INTEGRATION_DATABASE_URL) === "sqlite";
