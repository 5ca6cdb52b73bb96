/**
 * Creates a migration from changes to prisma/schema.prisma, for both databases:
 *   npm run db:migrate -- --name add-something
 * SQLite: `prisma migrate dev` (which fails on a brand-new database, "no such
 * table: _prisma_migrations", so the existing migrations are deployed first).
 * PostgreSQL: a migration of the same name with what `prisma migrate diff`
 * finds between the last committed schema and this one, on a throwaway
 * server. Review both, add to either the data conversion it needs, and run
 * the tests: they fail when the histories differ in names or when the
 * PostgreSQL migrations do not build exactly the schema.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { POSTGRES_MIGRATIONS_DIR } from "../lib/server/postgres-migrations";
import { startPostgres } from "../tests/support/postgres";
import { run } from "./run";
import { postgresSchemaDiff } from "./support/postgres-diff";
import { POSTGRES_SCHEMA_PATH, toPostgresSchema } from "./support/postgres-schema";

run("npx", ["prisma", "migrate", "deploy"], { CHECKPOINT_DISABLE: "1" });
run("npx", ["prisma", "migrate", "dev", ...process.argv.slice(2)], { CHECKPOINT_DISABLE: "1" });
run("npx", ["tsx", "scripts/db-generate.ts"]);

const missing = readdirSync("prisma/migrations", { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !existsSync(join(POSTGRES_MIGRATIONS_DIR, entry.name)))
  .map((entry) => entry.name);

if (missing.length > 0) {
  const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const before = join(POSTGRES_MIGRATIONS_DIR, "..", "committed.prisma.tmp");
  writeFileSync(before, toPostgresSchema(committed));
  const server = await startPostgres();
  try {
    const script = postgresSchemaDiff(before, POSTGRES_SCHEMA_PATH, server.url("postgres"));
    // Several new SQLite migrations since the last commit get the whole change in the last of them.
    for (const [index, name] of missing.entries()) {
      mkdirSync(join(POSTGRES_MIGRATIONS_DIR, name), { recursive: true });
      const sql = index === missing.length - 1 ? script : "-- Part of the next migration's change.\nSELECT 1;\n";
      writeFileSync(join(POSTGRES_MIGRATIONS_DIR, name, "migration.sql"), sql);
      console.log(`Wrote ${join(POSTGRES_MIGRATIONS_DIR, name, "migration.sql")}`);
    }
  } finally {
    server.stop();
    run("rm", ["-f", before]);
  }
}
