import pg from "pg";
import { describe, expect, it } from "vitest";
import { deployPostgresMigrations, readMigrations } from "../../lib/server/postgres-migrations";
import { postgresSchemaDiff } from "../../scripts/support/postgres-diff";
import { POSTGRES_SCHEMA_PATH } from "../../scripts/support/postgres-schema";
import { INTEGRATION_DATABASE_URL, IS_SQLITE } from "../support/integration-db";
import { createSiblingDatabase } from "../support/postgres";

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, indexes and constraints of the public schema, in a stable order, without Prisma's own table. */
async function catalog(databaseUrl: string): Promise<string[]> {
  const columns = await query<{ line: string }>(
    databaseUrl,
    `SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
     FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  const indexes = await query<{ line: string }>(
    databaseUrl,
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const constraints = await query<{ line: string }>(
    databaseUrl,
    `SELECT c.conrelid::regclass || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations'`,
  );
  return [...columns, ...indexes, ...constraints].map((row) => row.line).sort();
}

describe.runIf(!IS_SQLITE)("PostgreSQL migrations", () => {
  it("build exactly the schema of prisma/postgres/schema.prisma on a fresh database (no drift)", async () => {
    const migrated = await createSiblingDatabase(INTEGRATION_DATABASE_URL, "drift_migrated");
    const expected = await createSiblingDatabase(INTEGRATION_DATABASE_URL, "drift_expected");
    await deployPostgresMigrations(migrated);
    // What Prisma itself would create for the schema, from nothing.
    const script = postgresSchemaDiff("empty", POSTGRES_SCHEMA_PATH, expected);
    await query(expected, script);
    const built = await catalog(migrated);
    expect(built.length).toBeGreaterThan(50);
    expect(built).toEqual(await catalog(expected));
  });

  it("are applied once when several instances start together on a fresh database", async () => {
    const fresh = await createSiblingDatabase(INTEGRATION_DATABASE_URL, "started_together");
    const runs = await Promise.all([1, 2, 3].map(() => deployPostgresMigrations(fresh)));
    const all = readMigrations().map((migration) => migration.name);
    expect(runs.flat().sort()).toEqual(all);
    const recorded = await query<{ migration_name: string }>(fresh, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((row) => row.migration_name).sort()).toEqual(all);
    expect(await deployPostgresMigrations(fresh)).toEqual([]);
  });

  it("refuses to start when an applied migration's file was changed afterwards", async () => {
    const fresh = await createSiblingDatabase(INTEGRATION_DATABASE_URL, "changed_migration");
    const migrations = readMigrations();
    await deployPostgresMigrations(fresh, migrations);
    const [first, ...rest] = migrations;
    if (!first) throw new Error("no migrations");
    const changed = [{ ...first, checksum: "0".repeat(64) }, ...rest];
    await expect(deployPostgresMigrations(fresh, changed)).rejects.toThrow(/was changed after it was applied/);
  });
});
