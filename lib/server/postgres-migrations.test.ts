import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_MIGRATIONS_DIR, readMigrations } from "./postgres-migrations";

const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("the PostgreSQL migration history", () => {
  it("has a migration of the same name for every SQLite migration, and no other", () => {
    expect(folders(POSTGRES_MIGRATIONS_DIR)).toEqual(folders("prisma/migrations"));
  });

  it("reads every migration in name order, each with its SQL", () => {
    const migrations = readMigrations();
    expect(migrations.map((migration) => migration.name)).toEqual(folders(POSTGRES_MIGRATIONS_DIR));
    for (const migration of migrations) expect(migration.sql).toMatch(/CREATE|ALTER|DROP/);
  });
});
