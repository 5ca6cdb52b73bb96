import type { Scan } from "@prisma/client";
import { isScanClosed } from "../scan/access";

/** A round as lists of rounds show it: "ronde 2", from its start to its end. */
export type RoundDates = {
  number: number;
  startedAt: Date;
  /** When it closed, or will close; null while open without a closing date. */
  endsAt: Date | null;
  isClosed: boolean;
};

export function roundDates(scan: Pick<Scan, "roundNumber" | "createdAt" | "closedAt" | "closesAt">): RoundDates {
  return {
    number: scan.roundNumber,
    startedAt: scan.createdAt,
    endsAt: scan.closedAt ?? scan.closesAt,
    isClosed: isScanClosed(scan),
  };
}
