/**
 * Prisma's CLI for the PostgreSQL schema: `prisma generate` (scripts/db-generate.ts)
 * and `prisma migrate diff` (scripts/db-migrate.ts, tests) through the pg driver
 * adapter, as Prisma 6 has no schema engine here without one. Migrations are
 * applied by lib/server/postgres-migrations.ts, not by `prisma migrate deploy`.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  experimental: { adapter: true },
  engine: "js",
  // `migrate diff` connects even when it compares two schema files; any reachable server will do.
  adapter: async () =>
    new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" }),
});
