import "server-only";
import type { PrismaClient } from "@prisma/client";
import { env } from "../env";
import { createDatabaseClient } from "./database-client";

// One client (and connection pool) per process; Next's dev server re-evaluates modules, so keep it on globalThis.
// Several app instances each have their own and share only the database.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForDb.prisma ?? createDatabaseClient(env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForDb.prisma = db;
