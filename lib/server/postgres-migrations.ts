/**
 * Applies prisma/postgres/migrations to a PostgreSQL database. Prisma 6's
 * `migrate deploy` would need a schema-engine binary from the internet (or
 * its driver-adapter mode, which misreads PostgreSQL's catalog), so this
 * small runner does what it does: each migration folder not yet applied, in
 * name order, in one transaction, recorded in Prisma's own
 * `_prisma_migrations` table (so `prisma migrate status` reads it too).
 *
 * Several app instances may start at once: a session advisory lock makes
 * them take turns, so the first applies the migrations and the others find
 * them applied. A failed migration rolls back entirely (PostgreSQL runs DDL
 * in transactions) and stops the start with its name and the error.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

export const POSTGRES_MIGRATIONS_DIR = "prisma/postgres/migrations";

/** An arbitrary constant of our own: the key all instances of this app lock on while migrating. */
const MIGRATION_LOCK_KEY = 7_310_524_918;

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir: string = POSTGRES_MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies the pending migrations; returns the names of those this call applied. */
export async function deployPostgresMigrations(
  databaseUrl: string,
  migrations: Migration[] = readMigrations(),
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT "migration_name", "checksum" FROM "_prisma_migrations"
       WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    for (const [name, checksum] of applied) {
      const local = migrations.find((migration) => migration.name === name);
      if (local && local.checksum !== checksum) {
        throw new Error(`migration ${name} was changed after it was applied to this database: restore its file`);
      }
    }
    const done: string[] = [];
    for (const migration of migrations.filter((candidate) => !applied.has(candidate.name))) {
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${migration.name} failed and was rolled back: ${(error as Error).message}`);
      }
      done.push(migration.name);
    }
    return done;
  } finally {
    // Ending the session releases the advisory lock too, also after an error.
    await client.end();
  }
}
