/** The SQLite file the integration tests run against, fresh for every run. */
export const INTEGRATION_DATABASE_URL = "file:./data/integration.db";
