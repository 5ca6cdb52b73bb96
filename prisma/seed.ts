/**
 * Creates the demo scan when the database has no scans yet (and SEED_DEMO is
 * not false). Its management link is public on purpose: it is printed here
 * and shown on the home page, so a newcomer sees a full scan at once.
 */
import type { PrismaClient } from "@prisma/client";
import { instrument } from "../content";
import { DEMO_SCAN, demoPartners } from "../lib/demo/demo-scan";
import { generateToken, hashToken, inviteToken } from "../lib/server/tokens";

export const DEMO_LINK_SETTING = "demo.managementToken";

export async function seedDemo(db: PrismaClient): Promise<string | null> {
  if ((await db.scan.count()) > 0) return null;
  return createDemoScan(db);
}

/** Creates the demo scan and returns its management token. */
export async function createDemoScan(db: PrismaClient): Promise<string> {
  const managementToken = generateToken();
  const partners = demoPartners();
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
    for (const [position, partner] of partners.entries()) {
      const created = await tx.partner.create({
        data: { scanId: scan.id, name: partner.name, position, inviteTokenHash: hashToken(generateToken()) },
      });
      await tx.partner.update({
        where: { id: created.id },
        data: { inviteTokenHash: hashToken(inviteToken(managementToken, created.id, 0)) },
      });
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
