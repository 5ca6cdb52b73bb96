import "server-only";
import type { PrismaClient } from "@prisma/client";

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

/** A round trip to the database; the reason names the kind of failure, not its details. */
export async function checkDatabase(client: PrismaClient): Promise<DatabaseHealth> {
  try {
    await client.$queryRaw`SELECT 1`;
    return { ok: true };
  } catch {
    return { ok: false, reason: "database unreachable" };
  }
}
