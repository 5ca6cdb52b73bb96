/**
 * The demo scan: created when the database has no scans yet, so a newcomer
 * sees a full scan at once. Its management link is public on purpose: the
 * seed prints it and the home page links to it (see ./demo-link.ts).
 *
 * No `server-only` guard: the seed runs under plain tsx (`npm run db:deploy`),
 * so this module takes its database client as an argument instead of
 * importing the app's.
 */
import type { PrismaClient } from "@prisma/client";
import { instrument } from "../../../content";
import { DEMO_SCAN, demoPartners } from "../../demo/demo-scan";
import { createPartner } from "../scan/create-partner";
import { generateToken, hashToken } from "../tokens";

/** The setting that holds the demo's management token, so the home page can link to it. */
export const DEMO_LINK_SETTING = "demo.managementToken";

/** Creates the demo scan on a database without scans; returns its management token, or null when it did nothing. */
export async function seedDemo(db: PrismaClient): Promise<string | null> {
  if ((await db.scan.count()) > 0) return null;
  return createDemoScan(db);
}

/** Creates the demo scan and returns its management token. */
export async function createDemoScan(db: PrismaClient): Promise<string> {
  const managementToken = generateToken();
  await db.$transaction(async (tx) => {
    const scan = await tx.scan.create({
      data: {
        ...DEMO_SCAN,
        isDemo: true,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        managementTokenHash: hashToken(managementToken),
      },
    });
    for (const [position, partner] of demoPartners().entries()) {
      const created = await createPartner(tx, { scanId: scan.id, name: partner.name, position, managementToken });
      for (const [index, respondent] of partner.respondents.entries()) {
        const startedAt = new Date(Date.now() - (index + 2) * 3600_000);
        await tx.respondent.create({
          data: {
            scanId: scan.id,
            partnerId: created.id,
            role: respondent.role,
            tokenHash: hashToken(generateToken()),
            startedAt,
            submittedAt: respondent.status === "submitted" ? new Date(startedAt.getTime() + 1200_000) : null,
            answers: { create: Object.entries(respondent.answers).map(([itemId, value]) => ({ itemId, value })) },
            comments: { create: Object.entries(respondent.comments).map(([lensId, text]) => ({ lensId, text })) },
          },
        });
      }
    }
    await tx.setting.upsert({
      where: { key: DEMO_LINK_SETTING },
      create: { key: DEMO_LINK_SETTING, value: managementToken },
      update: { value: managementToken },
    });
  });
  return managementToken;
}
