/**
 * `npm run db:backup [target.db]`: a consistent copy of the live database,
 * made with SQLite's VACUUM INTO while the app keeps running. The default
 * target is data/backups/app-<date>-<time>.db.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createClient } from "@libsql/client";
import { env, sqliteFilePath } from "../lib/env";

async function main(): Promise<void> {
  const source = resolve(sqliteFilePath(env().DATABASE_URL));
  if (!existsSync(source)) throw new Error(`No database at ${source}`);
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*/, "").replace("T", "-");
  const target = resolve(process.argv[2] ?? `data/backups/app-${stamp}.db`);
  if (existsSync(target)) throw new Error(`${target} exists already`);
  mkdirSync(dirname(target), { recursive: true });
  const client = createClient({ url: `file:${source}` });
  await client.execute({ sql: "VACUUM INTO ?", args: [target] });
  client.close();
  console.log(`Backup written to ${target}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
