import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Client, Config } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { sqliteFilePath } from "../env";

/**
 * How long a connection waits for another process's write lock (a second
 * tool writing to the same file) before SQLite gives up with SQLITE_BUSY.
 * Within the app the adapter already runs one statement at a time, so this
 * only matters across processes. SQLite waits inside the (synchronous)
 * driver call, so the server stands still meanwhile: a few seconds, as
 * better-sqlite3's default, and the questionnaire retries a failed save.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * SQLite's busy timeout is a setting of each connection, and the libSQL
 * client opens a new connection after every transaction (the old one goes
 * with the transaction). So the setting is applied to every connection
 * before its first statement: after creation and after each `transaction()`.
 */
function withBusyTimeout(client: Client): Client {
  let isConfigured = false;
  const configure = async () => {
    if (isConfigured) return;
    isConfigured = true;
    await client.execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  };
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "transaction") {
        return async (...args: unknown[]) => {
          await configure();
          const transaction = await value.apply(target, args);
          isConfigured = false; // the client's next statement runs on a new connection
          return transaction;
        };
      }
      if (property === "execute" || property === "batch" || property === "executeMultiple" || property === "migrate") {
        return async (...args: unknown[]) => {
          await configure();
          return value.apply(target, args);
        };
      }
      return value.bind(target);
    },
  });
}

class BusyTolerantLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return withBusyTimeout(super.createClient(config));
  }
}

/**
 * The libSQL driver adapter for a SQLite file. SQLite cannot create missing
 * folders and Prisma reports that only as "External error id#0", so the
 * folder is created first.
 */
export function createSqliteAdapter(databaseUrl: string): PrismaLibSQL {
  const file = resolve(sqliteFilePath(databaseUrl));
  mkdirSync(dirname(file), { recursive: true });
  return new BusyTolerantLibSQL({ url: `file:${file}` });
}
