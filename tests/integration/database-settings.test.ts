import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join, relative } from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { IS_SQLITE } from "../support/integration-db";

/**
 * The settings that keep acknowledged answers: write-ahead logging (set once
 * by `npm start`, stored in the file) and synchronous=FULL on every new
 * connection (SQLite's default in this driver; the adapter opens a fresh
 * connection after each transaction, so a per-connection PRAGMA would not
 * last). The crash test in scripts/durability.ts checks the outcome.
 */
describe.runIf(IS_SQLITE)("the database as the app starts it", () => {
  it("is in WAL mode and every connection syncs each commit to disk", async () => {
    const folder = mkdtempSync(join("data", "settings-"));
    const databaseUrl = `file:./${relative(process.cwd(), join(folder, "app.db"))}`;
    execFileSync("npx", ["tsx", "scripts/db-deploy.ts"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: "false", CHECKPOINT_DISABLE: "1" },
      stdio: "pipe",
    });
    for (let connection = 0; connection < 2; connection++) {
      const client = createClient({ url: databaseUrl });
      expect((await client.execute("PRAGMA journal_mode")).rows[0]?.[0]).toBe("wal");
      expect(Number((await client.execute("PRAGMA synchronous")).rows[0]?.[0])).toBe(2); // FULL
      client.close();
    }
  });
});
