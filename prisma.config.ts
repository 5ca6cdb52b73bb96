import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { defineConfig } from "prisma/config";
import { env } from "./lib/env";
import { createSqliteAdapter } from "./lib/server/sqlite-adapter";

process.env.CHECKPOINT_DISABLE ??= "1";

/**
 * `migrate dev` replays old migrations through `executeRaw`, which the libSQL
 * adapter runs one statement at a time, so multi-statement migrations look
 * like drift. Send parameterless multi-statement SQL to `executeScript`.
 */
function withScriptSupport(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    const statements = query.sql.split(";").filter((part) => part.trim() !== "");
    if (query.args.length === 0 && statements.length > 1) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

function migrationAdapter(): SqlMigrationAwareDriverAdapterFactory {
  const factory = createSqliteAdapter(env().DATABASE_URL);
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => withScriptSupport(await factory.connect()),
    connectToShadowDb: async () => withScriptSupport(await factory.connectToShadowDb()),
  };
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => migrationAdapter(),
});
