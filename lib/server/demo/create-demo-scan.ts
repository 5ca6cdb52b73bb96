/**
 * The demo: every visitor who opens it gets a copy of their own, so they can
 * try everything (invite, answer, rename, close, delete) and nobody can spoil
 * it for anyone else. A copy is deleted a day after it was made.
 *
 * No `server-only` guard: the start script (`npm run db:deploy`) clears old
 * copies under plain tsx, so this module takes its database client as an
 * argument instead of importing the app's.
 */
import type { PrismaClient } from "@prisma/client";
import { DEMO_SCAN, demoPartners } from "../../demo/demo-scan";
import { createCollaboration } from "../collaboration/create-round";
import { generateToken, hashToken } from "../tokens";

export const DEMO_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Room for the visitor to try an invitation link or two beside the made-up respondents. */
const SPARE_PLACES = 2;

/** Creates a visitor's own copy of the demo scan and returns its management token. */
export async function createDemoCopy(db: PrismaClient, now = new Date()): Promise<string> {
  const managementToken = generateToken();
  const { name, description, ...settings } = DEMO_SCAN;
  const partners = demoPartners();
  await db.$transaction(async (tx) => {
    const { scanId } = await createCollaboration(tx, {
      name,
      description,
      managementToken,
      demoExpiresAt: new Date(now.getTime() + DEMO_LIFETIME_MS),
      settings: { ...settings, reportingMode: "group", closesAt: null, showResultsToRespondents: true },
      partners: partners.map((partner) => ({
        name: partner.name,
        invitedCount: partner.respondents.length + SPARE_PLACES,
      })),
    });
    const partnerIds = await tx.partner.findMany({
      where: { scanId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    for (const [position, partner] of partners.entries()) {
      const partnerId = partnerIds[position]?.id ?? null;
      for (const [index, respondent] of partner.respondents.entries()) {
        const startedAt = new Date(now.getTime() - (index + 2) * 3600_000);
        await tx.respondent.create({
          data: {
            scanId,
            partnerId,
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
  });
  return managementToken;
}

/**
 * Deletes demo copies past their day, and the one shared demo scan of
 * earlier versions (its public management link let anyone change it for
 * everyone). Returns how many were deleted.
 */
export async function deleteExpiredDemoCopies(db: PrismaClient, now = new Date()): Promise<number> {
  const { count } = await db.collaboration.deleteMany({
    where: { isDemo: true, OR: [{ demoExpiresAt: null }, { demoExpiresAt: { lte: now } }] },
  });
  await db.setting.deleteMany({ where: { key: "demo.managementToken" } });
  return count;
}
