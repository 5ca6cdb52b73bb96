import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { toScanRecord } from "../../lib/server/records/scan";
import { loadReleasedInput } from "../../lib/server/results/load-released-input";
import { generateToken, hashToken } from "../../lib/server/tokens";
import { makeScan } from "../support/factories";

describe("results of a large scan", () => {
  it("shows the results when their first view releases 1,000 respondents at once", async () => {
    const { scanId, view } = await makeScan();
    const partnerIds = view.partners.map((partner) => partner.id);
    const now = new Date();
    const respondents = Array.from({ length: 1000 }, (_, index) => ({
      id: `large-release-${scanId}-${index}`,
      scanId,
      partnerId: partnerIds[index % partnerIds.length] ?? null,
      role: "manager",
      tokenHash: hashToken(generateToken()),
      startedAt: now,
      submittedAt: now,
    }));
    await db.respondent.createMany({ data: respondents });
    await db.answer.createMany({
      data: respondents.map((respondent, index) => ({
        respondentId: respondent.id,
        itemId: "ambition.shared-goal",
        value: 1 + (index % 5),
      })),
    });
    const scan = await db.scan.findUniqueOrThrow({ where: { id: scanId }, include: { collaboration: true } });

    const input = await loadReleasedInput(toScanRecord(scan));

    expect(input.respondents.filter((respondent) => typeof respondent.release === "number")).toHaveLength(1000);
    expect(await db.respondent.count({ where: { scanId, releaseIndex: { not: null } } })).toBe(1000);
  });
});
