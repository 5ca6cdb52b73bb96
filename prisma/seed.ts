/**
 * The seed of a new database: the demo scan, when the database has no scans
 * yet. What the demo is lives in one use case, lib/server/demo/create-demo-scan.ts;
 * this only opens the database for it, as the seed runs from scripts
 * (`npm run db:deploy`), outside the app and its database client.
 */
import { createDatabaseClient } from "../lib/server/database-client";
import { seedDemo } from "../lib/server/demo/create-demo-scan";

/** Seeds the database at `databaseUrl`; returns the demo's management token when it created the demo. */
export async function seedDatabase(databaseUrl: string): Promise<string | null> {
  // The app's client settings: the demo is written in one long transaction, which a busy machine must not time out.
  const db = createDatabaseClient(databaseUrl);
  try {
    return await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
}
