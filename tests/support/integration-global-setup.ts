import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { sqliteFilePath } from "../../lib/env";
import { startPostgres } from "./postgres";

function deploy(databaseUrl: string): void {
  execFileSync("npx", ["tsx", "scripts/db-deploy.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: "false", CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
}

function removeDatabaseFiles(databaseUrl: string): void {
  const file = sqliteFilePath(databaseUrl);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Creates the integration database as the app does at start (the checked-in
 * migrations, without the demo) and removes it when the run is over. With
 * `TEST_DATABASE=postgresql` the run starts its own PostgreSQL server and
 * points every worker at a database there (workers start after this and
 * inherit the environment); otherwise it is a SQLite file (WAL mode).
 */
export default async function setup(): Promise<() => void> {
  if (process.env.TEST_DATABASE === "postgresql") {
    const server = await startPostgres();
    try {
      const databaseUrl = await server.createDatabase("integration");
      deploy(databaseUrl);
      process.env.INTEGRATION_DATABASE_URL = databaseUrl;
    } catch (error) {
      server.stop();
      throw error;
    }
    return () => server.stop();
  }
  const databaseUrl = process.env.INTEGRATION_DATABASE_URL ?? "";
  removeDatabaseFiles(databaseUrl);
  deploy(databaseUrl);
  return () => removeDatabaseFiles(databaseUrl);
}
