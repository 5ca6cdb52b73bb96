import { PrismaClient } from "@prisma/client";
import { instrument } from "../../content";
import { answersFor } from "../../lib/instrument/profile-answers";
import { createSqliteAdapter } from "../../lib/server/sqlite-adapter";
import { generateToken, hashToken } from "../../lib/server/tokens";

/**
 * A full scan with ten partners and `count` respondents who have opened their
 * personal link but not answered yet: the starting point of the load and
 * crash tests. Each respondent gets the answers they will give, item by item.
 */
export type LoadRespondent = { id: string; token: string; answers: [itemId: string, value: number | null][] };
export type Population = { scanId: string; respondents: LoadRespondent[] };

export async function seedPopulation(databaseUrl: string, count: number): Promise<Population> {
  const db = new PrismaClient({ adapter: createSqliteAdapter(databaseUrl) });
  try {
    const scan = await db.scan.create({
      data: {
        name: `Load test, ${count} respondents`,
        variant: "full",
        form: "partnership",
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        managementTokenHash: hashToken(generateToken()),
      },
    });
    const partners = await Promise.all(
      Array.from({ length: 10 }, (_, position) =>
        db.partner.create({
          data: {
            scanId: scan.id,
            name: `Partner ${position + 1}`,
            position,
            inviteTokenHash: hashToken(generateToken()),
          },
        }),
      ),
    );
    const respondents: LoadRespondent[] = [];
    for (let index = 0; index < count; index++) {
      const token = generateToken();
      const partner = partners[index % partners.length];
      const created = await db.respondent.create({
        data: { scanId: scan.id, partnerId: partner?.id ?? null, role: "management", tokenHash: hashToken(token) },
      });
      const answers = Object.entries(answersFor("full", { level: 1 + (index % 5), position: (index % 7) - 3 }, index));
      respondents.push({ id: created.id, token, answers });
    }
    return { scanId: scan.id, respondents };
  } finally {
    await db.$disconnect();
  }
}

/** The answers of these respondents as stored, keyed `respondentId itemId`. */
export async function storedAnswers(databaseUrl: string, respondentIds: string[]): Promise<Map<string, number | null>> {
  const db = new PrismaClient({ adapter: createSqliteAdapter(databaseUrl) });
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
