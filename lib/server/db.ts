import "server-only";
import { PrismaClient } from "@prisma/client";
import { env } from "../env";
import { createSqliteAdapter } from "./sqlite-adapter";

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient =
  globalForDb.prisma ?? new PrismaClient({ adapter: createSqliteAdapter(env().DATABASE_URL) });

if (env().NODE_ENV !== "production") globalForDb.prisma = db;
