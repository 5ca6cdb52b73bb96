import type { PrismaClient } from "@prisma/client";
import { answersFor } from "../../lib/instrument/profile-answers";
import { createCollaboration } from "../../lib/server/collaboration/create-round";
import { createDatabaseClient } from "../../lib/server/database-client";
import { generateToken, hashToken } from "../../lib/server/tokens";

/**
 * A full scan with ten partners and `count` respondents who have opened their
 * personal link but not answered yet: the starting point of the load and
 * crash tests. Each respondent gets the answers they will give, item by item.
 */
export type LoadRespondent = { id: string; token: string; answers: [itemId: string, value: number | null][] };
export type Population = { scanId: string; respondents: LoadRespondent[] };

/** A full-variant scan with the given partners, as the benchmarks and load tests need it. */
export async function createFullScan(
  db: PrismaClient,
  name: string,
  partnerNames: readonly string[],
): Promise<{ scanId: string; managementToken: string; partnerIds: string[] }> {
  const managementToken = generateToken();
  return db.$transaction(async (tx) => {
    const { scanId } = await createCollaboration(tx, {
      name,
      description: "",
      managementToken,
      settings: {
        form: "partnership",
        phase: "functioning",
        collaborationType: null,
        variant: "full",
        locale: "nl",
        anonymityThreshold: 3,
        reportingMode: "group",
        closesAt: null,
        showResultsToRespondents: true,
      },
      partners: partnerNames.map((partnerName) => ({ name: partnerName, invitedCount: null })),
    });
    const partners = await tx.partner.findMany({
      where: { scanId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    return { scanId, managementToken, partnerIds: partners.map((partner) => partner.id) };
  });
}

export async function seedPopulation(databaseUrl: string, count: number): Promise<Population> {
  const db = createDatabaseClient(databaseUrl);
  try {
    const { scanId, partnerIds } = await createFullScan(
      db,
      `Load test, ${count} respondents`,
      Array.from({ length: 10 }, (_, index) => `Partner ${index + 1}`),
    );
    const respondents: LoadRespondent[] = [];
    for (let index = 0; index < count; index++) {
      const token = generateToken();
      const created = await db.respondent.create({
        data: {
          scanId,
          partnerId: partnerIds[index % partnerIds.length] ?? null,
          role: "manager",
          tokenHash: hashToken(token),
        },
      });
      const answers = Object.entries(answersFor("full", { level: 1 + (index % 5), position: (index % 7) - 3 }, index));
      respondents.push({ id: created.id, token, answers });
    }
    return { scanId, respondents };
  } finally {
    await db.$disconnect();
  }
}

/** The answers of these respondents as stored, keyed `respondentId itemId`. */
export async function storedAnswers(databaseUrl: string, respondentIds: string[]): Promise<Map<string, number | null>> {
  const db = createDatabaseClient(databaseUrl);
  try {
    const rows = await db.answer.findMany({
      where: { respondentId: { in: respondentIds } },
      select: { respondentId: true, itemId: true, value: true },
    });
    return new Map(rows.map((row) => [`${row.respondentId} ${row.itemId}`, row.value]));
  } finally {
    await db.$disconnect();
  }
}

/** Acknowledged answers that are missing or different in the database. */
export function lostAnswers(
  acknowledged: Iterable<[key: string, value: number | null]>,
  stored: Map<string, number | null>,
): number {
  let lost = 0;
  for (const [key, value] of acknowledged) {
    if (!stored.has(key) || stored.get(key) !== value) lost++;
  }
  return lost;
}
