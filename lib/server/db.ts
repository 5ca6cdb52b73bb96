import "server-only";
import type { PrismaClient } from "@prisma/client";
import { env } from "../env";
import { createDatabaseClient } from "./database-client";

// One client per process; Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForDb.prisma ?? createDatabaseClient(env().DATABASE_URL);

if (env().NODE_ENV !== "production") globalForDb.prisma = db;
