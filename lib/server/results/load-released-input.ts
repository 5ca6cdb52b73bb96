import "server-only";
import { Prisma } from "@prisma/client";
import { planForInput } from "../../scoring";
import type { ScanInput } from "../../scoring/input";
import { db } from "../db";
import { log } from "../log";
import { toReleaseRow } from "../records/release";
import type { ScanRecord } from "../records/scan";
import { loadScanInput } from "./load-scan-input";

/**
 * A scan's input for anything that shows results (the results pages, the
 * workshop, a respondent's own results, the report and the data files). When
 * the disclosure plan can release answers submitted since the last release,
 * the release is stored first: from then on it is part of what anyone may
 * have seen, and every later release is checked against it. Two requests
 * that release at the same moment race for the same release number; the
 * loser reads the winner's release and plans again.
 */
const ATTEMPTS = 3;

// SQLite takes at most 999 parameters per statement: a first release of 1,000 respondents is marked in parts.
const IDS_PER_STATEMENT = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );
}

export async function loadReleasedInput(scan: ScanRecord): Promise<ScanInput> {
  for (let attempt = 1; ; attempt++) {
    const input = await loadScanInput(scan);
    const plan = planForInput(input);
    if (!plan.isNewRelease || !plan.release) return input;
    const release = plan.release;
    try {
      await db.$transaction([
        db.resultRelease.create({ data: toReleaseRow(scan.id, release) }),
        ...chunks(plan.newlyReleased, IDS_PER_STATEMENT).map((ids) =>
          db.respondent.updateMany({
            where: { scanId: scan.id, id: { in: ids }, releaseIndex: null },
            data: { releaseIndex: release.index },
          }),
        ),
      ]);
    } catch (error) {
      const isRace = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (isRace && attempt < ATTEMPTS) continue;
      throw error;
    }
    log("info", "results.released", { scanId: scan.id, release: release.index, added: plan.newlyReleased.length });
    const released = new Set(plan.newlyReleased);
    return {
      ...input,
      respondents: input.respondents.map((respondent) =>
        released.has(respondent.id) ? { ...respondent, release: release.index } : respondent,
      ),
      releases: [...input.releases, release],
    };
  }
}
