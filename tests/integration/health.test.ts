import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { checkDatabase } from "../../lib/server/check-database";
import { db } from "../../lib/server/db";
import { createSqliteAdapter } from "../../lib/server/sqlite-adapter";

describe("database health", () => {
  it("is ok when the database answers", async () => {
    expect(await checkDatabase(db)).toEqual({ ok: true });
  });

  it("gives a reason when the database cannot be opened", async () => {
    // A folder where the database file should be: SQLite cannot open it.
    const folder = mkdtempSync(join(tmpdir(), "scan-health-"));
    const broken = new PrismaClient({ adapter: createSqliteAdapter(`file:${folder}`) });
    expect(await checkDatabase(broken)).toEqual({ ok: false, reason: "database unreachable" });
  });
});
