import "server-only";
import { buildTrend, type Trend } from "../../scoring";
import { db } from "../db";
import { toScanRecord } from "../records/scan";
import { loadReleasedInput } from "../results/load-released-input";
import { findCollaborationForManager } from "./access";
import { partnerKeys } from "./partner-keys";
import { type RoundDates, roundDates } from "./round-dates";

export type TrendView = {
  name: string;
  /** Each round's dates, beside the trend's figures of it. */
  rounds: RoundDates[];
  trend: Trend;
};

/**
 * The trend of a collaboration over all its rounds. Each round is read as its
 * results pages read it (a new release is stored first where one is due), so
 * the trend shows per round exactly the groups that round's results show.
 */
export async function getTrend(managementToken: string): Promise<TrendView> {
  const { collaboration } = await findCollaborationForManager(managementToken, "view");
  const [scans, partners] = await Promise.all([
    db.scan.findMany({
      where: { collaborationId: collaboration.id },
      orderBy: { roundNumber: "asc" },
      include: { collaboration: true },
    }),
    db.partner.findMany({
      where: { scan: { collaborationId: collaboration.id } },
      select: { id: true, carriedFromId: true },
    }),
  ]);
  const keys = partnerKeys(partners);
  const rounds = [];
  for (const row of scans) {
    rounds.push({ number: row.roundNumber, input: await loadReleasedInput(toScanRecord(row)), partnerKeys: keys });
  }
  return {
    name: collaboration.name,
    rounds: scans.map(roundDates),
    trend: buildTrend(rounds),
  };
}
