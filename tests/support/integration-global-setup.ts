import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { sqliteFilePath } from "../../lib/env";
import { INTEGRATION_DATABASE_URL } from "./integration-db";

function removeDatabaseFiles(): void {
  const file = sqliteFilePath(INTEGRATION_DATABASE_URL);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Creates the integration database as the app does at start (the checked-in
 * migrations and write-ahead logging, without the demo), and removes it when
 * the run is over.
 */
export default function setup(): () => void {
  removeDatabaseFiles();
  execFileSync("npx", ["tsx", "scripts/db-deploy.ts"], {
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, SEED_DEMO: "false", CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
  return removeDatabaseFiles;
}
