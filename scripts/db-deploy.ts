/**
 * Applies the checked-in migrations to the database in DATABASE_URL (a SQLite
 * file, created on first run, or a PostgreSQL database) and clears demo
 * copies past their day. `npm start` and `npm run dev` call it, so the app
 * always starts on an up-to-date schema; instances starting together on one
 * PostgreSQL database take turns (lib/server/postgres-migrations.ts).
 */
import { resolve } from "node:path";
import { createClient } from "@libsql/client";
import { env, sqliteFilePath } from "../lib/env";
import { createDatabaseClient } from "../lib/server/database-client";
import { databaseProvider } from "../lib/server/db-dialect";
import { deleteExpiredDemoCopies } from "../lib/server/demo/create-demo-scan";
import { deployPostgresMigrations } from "../lib/server/postgres-migrations";
import { run } from "./run";

async function main(): Promise<void> {
  let settings: ReturnType<typeof env>;
  try {
    settings = env();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  if (databaseProvider(settings.DATABASE_URL) === "postgresql") {
    const applied = await deployPostgresMigrations(settings.DATABASE_URL);
    console.log(applied.length > 0 ? `Applied ${applied.join(", ")}` : "The database schema is up to date.");
  } else {
    run("npx", ["prisma", "migrate", "deploy"], { CHECKPOINT_DISABLE: "1" });
    // Write-ahead logging: readers never wait for the writer, and a crash cannot corrupt committed
    // transactions. The mode is stored in the file, so setting it once at start suffices.
    const sqlite = createClient({ url: `file:${resolve(sqliteFilePath(settings.DATABASE_URL))}` });
    await sqlite.execute("PRAGMA journal_mode=WAL");
    sqlite.close();
  }
  const db = createDatabaseClient(settings.DATABASE_URL);
  try {
    await deleteExpiredDemoCopies(db);
  } finally {
    await db.$disconnect();
  }
  if (settings.SEED_DEMO) {
    const base = settings.PUBLIC_BASE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
    console.log(`\nThe demo (every visitor gets a copy of their own): ${base}/demo\n`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
