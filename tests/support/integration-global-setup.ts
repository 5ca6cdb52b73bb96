import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { sqliteFilePath } from "../../lib/env";
import { INTEGRATION_DATABASE_URL } from "./integration-db";

/** Creates the integration database from the checked-in migrations, as the app does at start. */
export default function setup(): void {
  const file = sqliteFilePath(INTEGRATION_DATABASE_URL);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL, CHECKPOINT_DISABLE: "1" },
    stdio: "pipe",
  });
}
