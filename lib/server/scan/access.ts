import type { Scan } from "@prisma/client";

/** Closed by the manager, or past its closing date. */
export function isScanClosed(scan: Pick<Scan, "closedAt" | "closesAt">, now = new Date()): boolean {
  return scan.closedAt !== null || (scan.closesAt !== null && scan.closesAt.getTime() <= now.getTime());
}
