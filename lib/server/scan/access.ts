import "server-only";
import type { Scan } from "@prisma/client";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { type ScanRecord, toScanRecord } from "../records/scan";
import { hashToken } from "../tokens";

/** The scan a management link opens; an unknown link is not found, whatever it looks like. */
export async function findScanForManager(managementToken: string): Promise<ScanRecord> {
  const scan = await db.scan.findUnique({ where: { managementTokenHash: hashToken(managementToken) } });
  if (!scan) throw new NotFoundError();
  return toScanRecord(scan);
}

/** Closed by the manager, or past its closing date. */
export function isScanClosed(scan: Pick<Scan, "closedAt" | "closesAt">, now = new Date()): boolean {
  return scan.closedAt !== null || (scan.closesAt !== null && scan.closesAt.getTime() <= now.getTime());
}
