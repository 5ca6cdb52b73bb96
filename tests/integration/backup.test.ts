import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { makeScan } from "../support/factories";
import { INTEGRATION_DATABASE_URL, IS_SQLITE } from "../support/integration-db";
import { createSiblingDatabase } from "../support/postgres";

describe.runIf(IS_SQLITE)("npm run db:backup", () => {
  it("copies the live database, with its scans, to a file that opens on its own", async () => {
    await makeScan({ name: "Voor de back-up" });
    const target = join(mkdtempSync(join(tmpdir(), "backup-")), "copy.db");
    execFileSync("npx", ["tsx", "scripts/db-backup.ts", target], {
      env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL },
      stdio: "pipe",
    });
    const copy = createClient({ url: `file:${target}` });
    const copied = await copy.execute("SELECT COUNT(*) AS count FROM Collaboration WHERE name = 'Voor de back-up'");
    copy.close();
    expect(Number(copied.rows[0]?.count)).toBe(await db.collaboration.count({ where: { name: "Voor de back-up" } }));
  });
});

describe.runIf(!IS_SQLITE)("npm run db:backup on PostgreSQL", () => {
  it("dumps the live database with pg_dump, and pg_restore brings its scans back in an empty database", async () => {
    await makeScan({ name: "Voor de back-up" });
    const target = join(mkdtempSync(join(tmpdir(), "backup-")), "copy.dump");
    execFileSync("npx", ["tsx", "scripts/db-backup.ts", target], {
      env: { ...process.env, DATABASE_URL: INTEGRATION_DATABASE_URL },
      stdio: "pipe",
    });
    const restored = await createSiblingDatabase(INTEGRATION_DATABASE_URL, "restored_backup");
    execFileSync("pg_restore", ["--no-owner", `--dbname=${restored}`, target], { stdio: "pipe" });
    const copy = new pg.Client({ connectionString: restored });
    await copy.connect();
    const copied = await copy.query(`SELECT COUNT(*) AS count FROM "Collaboration" WHERE name = 'Voor de back-up'`);
    await copy.end();
    expect(Number(copied.rows[0]?.count)).toBe(await db.collaboration.count({ where: { name: "Voor de back-up" } }));
  });
});
