import { createDatabaseClient } from "../../lib/server/database-client";
import { generateToken, hashToken } from "../../lib/server/tokens";
import { createFullScan } from "../load/population";
import { withApp } from "../support/app-server";
import { largeScan } from "./diagnose";
import { medianMsAsync } from "./measure";

/** The results page of a large scan, rendered by `next start` on 127.0.0.1 with a database of its own. */
async function seedLargeScan(databaseUrl: string, respondents: number): Promise<string> {
  const db = createDatabaseClient(databaseUrl);
  const input = largeScan(respondents);
  const created = await createFullScan(
    db,
    `Benchmark ${respondents}`,
    input.partners.map((partner) => partner.name),
  );
  const partnerIds = new Map(input.partners.map((partner, index) => [partner.id, created.partnerIds[index] ?? null]));
  const now = new Date();
  for (const respondent of input.respondents) {
    const stored = await db.respondent.create({
      data: {
        scanId: created.scanId,
        partnerId: respondent.partnerId ? (partnerIds.get(respondent.partnerId) ?? null) : null,
        role: respondent.role,
        tokenHash: hashToken(generateToken()),
        startedAt: now,
        submittedAt: now,
      },
    });
    await db.answer.createMany({
      data: Object.entries(respondent.answers).map(([itemId, value]) => ({ respondentId: stored.id, itemId, value })),
    });
  }
  await db.$disconnect();
  return created.managementToken;
}

/** Server render of the results overview of a scan with 1,000 respondents (median of warm requests). */
export async function benchResults(): Promise<Record<string, number>> {
  return withApp({ name: "bench" }, async (app, databaseUrl) => ({
    results_1000_ms: await measureResults(app.base, databaseUrl),
  }));
}

/** The same against a running app (one instance or a proxy in front of several) on `databaseUrl`. */
export async function measureResults(base: string, databaseUrl: string): Promise<number> {
  const token = await seedLargeScan(databaseUrl, 1000);
  const url = `${base}/beheer/${token}/resultaten`;
  return medianMsAsync(async () => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`results answered ${response.status}`);
    await response.text();
  }, 7);
}
