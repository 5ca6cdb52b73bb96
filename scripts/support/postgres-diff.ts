import { execFileSync } from "node:child_process";

/**
 * The PostgreSQL SQL that turns one schema into another (`"empty"`: from
 * nothing), from Prisma's `migrate diff`. Prisma's driver-adapter mode
 * connects to a database even to compare two schema files, so `serverUrl`
 * must name a reachable PostgreSQL database; it is not changed.
 */
export function postgresSchemaDiff(from: string | "empty", to: string, serverUrl: string): string {
  const source = from === "empty" ? ["--from-empty"] : ["--from-schema-datamodel", from];
  return execFileSync(
    "npx",
    [
      "prisma",
      "migrate",
      "diff",
      "--config",
      "prisma/postgres/prisma.config.ts",
      ...source,
      "--to-schema-datamodel",
      to,
      "--script",
    ],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: serverUrl, CHECKPOINT_DISABLE: "1" } },
  );
}
