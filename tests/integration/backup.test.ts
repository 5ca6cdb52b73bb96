import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { makeScan } from "../support/factories";
import { INTEGRATION_DATABASE_URL } from "../support/integration-db";

describe("npm run db:backup", () => {
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
