import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { sqliteFilePath } from "../env";

/**
 * The libSQL driver adapter for a SQLite file. SQLite cannot create missing
 * folders and Prisma reports that only as "External error id#0", so the
 * folder is created first.
 */
export function createSqliteAdapter(databaseUrl: string): PrismaLibSQL {
  const file = resolve(sqliteFilePath(databaseUrl));
  mkdirSync(dirname(file), { recursive: true });
  return new PrismaLibSQL({ url: `file:${file}` });
}
