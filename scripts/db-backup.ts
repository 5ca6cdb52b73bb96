/**
 * `npm run db:backup [target]`: a consistent copy of the live database while
 * the app keeps running. SQLite: a copy of the file made with VACUUM INTO
 * (default target data/backups/app-<date>-<time>.db). PostgreSQL: PostgreSQL's
 * own pg_dump in its custom format (default target
 * data/backups/app-<date>-<time>.dump), restored with pg_restore; without
 * pg_dump on this machine it says what to run where it is.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createClient } from "@libsql/client";
import { env, sqliteFilePath } from "../lib/env";
import { databaseProvider } from "../lib/server/db-dialect";

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
}

function prepareTarget(defaultName: string): string {
  const target = resolve(process.argv[2] ?? `data/backups/${defaultName}`);
  if (existsSync(target)) throw new Error(`${target} exists already`);
  mkdirSync(dirname(target), { recursive: true });
  return target;
}

async function backupSqlite(databaseUrl: string): Promise<void> {
  const source = resolve(sqliteFilePath(databaseUrl));
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  const target = prepareTarget(`app-${stamp()}.db`);
  const client = createClient({ url: `file:${source}` });
  await client.execute({ sql: "VACUUM INTO ?", args: [target] });
  client.close();
  console.log(`Backup written to ${target}`);
}

/** The password goes to pg_dump through its environment, not its command line, where `ps` would show it. */
function withoutPassword(databaseUrl: string): { url: string; password: string | undefined } {
  const url = new URL(databaseUrl);
  const password = url.password ? decodeURIComponent(url.password) : undefined;
  url.password = "";
  return { url: url.toString(), password };
}

function backupPostgres(databaseUrl: string): void {
  const target = prepareTarget(`app-${stamp()}.dump`);
  const { url, password } = withoutPassword(databaseUrl);
  const result = spawnSync("pg_dump", ["--format=custom", "--no-owner", `--file=${target}`, `--dbname=${url}`], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  });
  if (result.error) {
    console.error(
      [
        "This installation runs on PostgreSQL, and pg_dump is not installed here (apt-get install postgresql-client).",
        "Back up with PostgreSQL's own tools, on any machine that reaches the database, while the app keeps running:",
        `  pg_dump --format=custom --no-owner --file=scan.dump "${url}"`,
        "Restore into an empty database (then start the app on it):",
        '  pg_restore --no-owner --dbname="postgresql://…/new-database" scan.dump',
      ].join("\n"),
    );
    process.exit(1);
  }
  if (result.status !== 0) throw new Error(`pg_dump failed (${result.status})`);
  console.log(`Backup written to ${target} (restore with: pg_restore --no-owner --dbname=<empty database> ${target})`);
}

async function main(): Promise<void> {
  const { DATABASE_URL } = env();
  if (databaseProvider(DATABASE_URL) === "postgresql") backupPostgres(DATABASE_URL);
  else await backupSqlite(DATABASE_URL);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
