/**
 * The SQLite file the integration tests run against: a fresh one per run,
 * named after the run's main process (vitest.config.mts sets it before any
 * worker starts), so two runs side by side never share or delete each
 * other's database.
 */
export const INTEGRATION_DATABASE_URL =
  process.env.INTEGRATION_DATABASE_URL ?? `file:./data/integration-${process.pid}.db`;
