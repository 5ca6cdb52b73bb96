import { readdirSync, readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sqliteFilePath } from "../../lib/env";
import { deriveToken, hashToken, inviteToken, personalToken } from "../../lib/server/tokens";
import { IS_SQLITE } from "../support/integration-db";

/**
 * The migration that turned follow-up scans into rounds of one
 * collaboration, run on a database as it was before: chains of scans linked
 * by previousScanId, each with its own management link, partners,
 * respondents, answers, comments and results releases. Afterwards the real
 * use cases run against that database (the app's client is pointed at it),
 * so "every answer and link keeps working" is checked as a manager and a
 * respondent would find it.
 */
const { databaseUrl } = vi.hoisted(() => ({ databaseUrl: `file:./data/migration-${process.pid}.db` }));

vi.mock("../../lib/server/db", async () => {
  const { createDatabaseClient } = await import("../../lib/server/database-client");
  return { db: createDatabaseClient(databaseUrl) };
});

const MIGRATIONS = resolve("prisma/migrations");
const ROUNDS_MIGRATION = "20261204013653_collaboration_rounds";
const file = resolve(sqliteFilePath(databaseUrl));

/** Fixed tokens of the old scans, 22 characters like real ones. */
const token = (letter: string) => letter.repeat(22);
const chainTokens = { first: token("A"), second: token("B"), third: token("C") };
const aloneToken = token("D");
const demoToken = token("E");

type OldScan = {
  id: string;
  name: string;
  managementToken: string;
  previousScanId: string | null;
  createdAt: string;
  closedAt: string | null;
  variant: "quick" | "full";
  partners: string[];
  isDemo?: boolean;
};

const oldScans: OldScan[] = [
  {
    id: "scan-1",
    name: "Netwerk Noord 2024",
    managementToken: chainTokens.first,
    previousScanId: null,
    createdAt: "2024-03-01T09:00:00.000Z",
    closedAt: "2024-04-01T09:00:00.000Z",
    variant: "full",
    partners: ["Gemeente", "Provincie", "Waterschap"],
  },
  {
    id: "scan-2",
    name: "Netwerk Noord 2025",
    managementToken: chainTokens.second,
    previousScanId: "scan-1",
    createdAt: "2025-03-01T09:00:00.000Z",
    closedAt: "2025-04-01T09:00:00.000Z",
    variant: "quick",
    // The province left; a housing corporation joined; one name differs only in case.
    partners: ["gemeente", "Waterschap", "Corporatie"],
  },
  {
    id: "scan-3",
    name: "Netwerk Noord",
    managementToken: chainTokens.third,
    previousScanId: "scan-2",
    createdAt: "2026-03-01T09:00:00.000Z",
    closedAt: null,
    variant: "quick",
    partners: ["Gemeente", "Waterschap", "Corporatie"],
  },
  {
    id: "scan-alone",
    name: "Alleenstaande scan",
    managementToken: aloneToken,
    previousScanId: null,
    createdAt: "2025-06-01T09:00:00.000Z",
    closedAt: null,
    variant: "quick",
    partners: ["Een", "Twee"],
  },
  {
    id: "scan-demo",
    name: "Demo",
    managementToken: demoToken,
    previousScanId: null,
    createdAt: "2026-01-01T09:00:00.000Z",
    closedAt: null,
    variant: "quick",
    partners: ["Links", "Rechts"],
    isDemo: true,
  },
];

const partnerId = (scanId: string, index: number) => `${scanId}-partner-${index}`;
const respondentTokens: { scanId: string; token: string; isPersonal: boolean; respondentId: string }[] = [];

function migrationsBefore(name: string, isIncluded: boolean): string[] {
  return readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .filter((entry) => (isIncluded ? entry >= name : entry < name))
    .map((entry) => readFileSync(resolve(MIGRATIONS, entry, "migration.sql"), "utf8"));
}

async function buildOldDatabase(): Promise<void> {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  const sqlite = createClient({ url: `file:${file}` });
  for (const sql of migrationsBefore(ROUNDS_MIGRATION, false)) await sqlite.executeMultiple(sql);
  for (const scan of oldScans) {
    await sqlite.execute({
      sql: `INSERT INTO Scan (id, name, description, variant, instrumentId, instrumentVersion, managementTokenHash,
              previousScanId, createdAt, updatedAt, closedAt, isDemo, demoExpiresAt)
            VALUES (?, ?, ?, ?, 'samenwerkingsscan', 1, ?, ?, ?, ?, ?, ?, ?)`,
      args: [
        scan.id,
        scan.name,
        `Over ${scan.name}`,
        scan.variant,
        hashToken(scan.managementToken),
        scan.previousScanId,
        scan.createdAt,
        scan.createdAt,
        scan.closedAt,
        scan.isDemo ? 1 : 0,
        scan.isDemo ? "2999-01-01T00:00:00.000Z" : null,
      ],
    });
    for (const [index, name] of scan.partners.entries()) {
      const id = partnerId(scan.id, index);
      await sqlite.execute({
        sql: `INSERT INTO Partner (id, scanId, name, position, inviteGeneration, inviteTokenHash, invitedCount)
              VALUES (?, ?, ?, ?, 0, ?, 10)`,
        args: [id, scan.id, name, index, hashToken(inviteToken(scan.managementToken, id, 0))],
      });
      // Three submitted respondents per partner, with answers and a comment; the first through a personal link.
      for (let person = 0; person < 3; person++) {
        const respondentId = `${id}-respondent-${person}`;
        const isPersonal = person === 0;
        const respondentToken = isPersonal
          ? personalToken(scan.managementToken, respondentId, 0)
          : deriveToken("old respondent", respondentId);
        respondentTokens.push({ scanId: scan.id, token: respondentToken, isPersonal, respondentId });
        await sqlite.execute({
          sql: `INSERT INTO Respondent (id, scanId, partnerId, role, tokenHash, isPersonalLink, label, startedAt, submittedAt)
                VALUES (?, ?, ?, 'manager', ?, ?, ?, ?, ?)`,
          args: [
            respondentId,
            scan.id,
            id,
            hashToken(respondentToken),
            isPersonal ? 1 : 0,
            isPersonal ? `Persoon ${index}` : null,
            scan.createdAt,
            scan.createdAt,
          ],
        });
        await sqlite.execute({
          sql: "INSERT INTO Answer (respondentId, itemId, value, updatedAt) VALUES (?, 'ambition.shared-goal', ?, ?)",
          args: [respondentId, 2 + person, scan.createdAt],
        });
        await sqlite.execute({
          sql: "INSERT INTO Comment (respondentId, lensId, text, updatedAt) VALUES (?, 'ambition', ?, ?)",
          args: [respondentId, `Opmerking ${respondentId}`, scan.createdAt],
        });
      }
    }
  }
  await sqlite.execute({
    sql: `INSERT INTO ResultRelease (scanId, "index", reportedPartners, pooledPartners, roles) VALUES (?, 1, ?, '[]', '[]')`,
    args: ["scan-1", JSON.stringify([partnerId("scan-1", 0)])],
  });
  await sqlite.execute({
    sql: "UPDATE Respondent SET releaseIndex = 1 WHERE partnerId = ?",
    args: [partnerId("scan-1", 0)],
  });
  for (const sql of migrationsBefore(ROUNDS_MIGRATION, true)) await sqlite.executeMultiple(sql);
  sqlite.close();
}

// A SQLite migration on a SQLite file of its own: the PostgreSQL pass has nothing to add to it.
describe.runIf(IS_SQLITE)("the migration of follow-up scans into rounds", () => {
  beforeAll(buildOldDatabase);
  afterAll(async () => {
    const { db } = await import("../../lib/server/db");
    await db.$disconnect();
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
  });

  it("makes each chain of scans one collaboration, its scans rounds 1, 2, 3 in the order they were made", async () => {
    const { getManagementView } = await import("../../lib/server/scan/get-management-view");
    const view = await getManagementView(chainTokens.third);
    expect(view.name).toBe("Netwerk Noord");
    expect(view.description).toBe("Over Netwerk Noord");
    expect(view.round).toBe(3);
    expect(view.rounds.map((round) => [round.number, round.startedAt.toISOString(), round.submitted])).toEqual([
      [1, "2024-03-01T09:00:00.000Z", 9],
      [2, "2025-03-01T09:00:00.000Z", 9],
      [3, "2026-03-01T09:00:00.000Z", 9],
    ]);
    expect(view.isOpenedWithRoundLink).toBe(false);
    const alone = await getManagementView(aloneToken);
    expect(alone.rounds.map((round) => round.number)).toEqual([1]);
    expect(alone.name).toBe("Alleenstaande scan");
  });

  it("keeps every old management link working: each opens the collaboration and shows the links of its own round", async () => {
    const { getManagementView } = await import("../../lib/server/scan/get-management-view");
    for (const [round, managementToken] of [
      [1, chainTokens.first],
      [2, chainTokens.second],
      [3, chainTokens.third],
    ] as const) {
      const own = await getManagementView(managementToken, round);
      expect(own.name, `round ${round}`).toBe("Netwerk Noord");
      expect(own.canShowLinks, `round ${round}`).toBe(true);
      // The invitation links shown are the ones the partners received before the migration.
      for (const [index, partner] of own.partners.entries()) {
        expect(partner.inviteToken).toBe(inviteToken(managementToken, partnerId(`scan-${round}`, index), 0));
      }
      expect(own.personalLinks.map((link) => link.token)).toEqual(
        respondentTokens
          .filter((entry) => entry.scanId === `scan-${round}` && entry.isPersonal)
          .map((entry) => entry.token),
      );
      // Another round's links derived from another link. Once that round's own link has been used since rounds got a
      // link secret (lib/server/collaboration/link-secrets.ts; every link was, above), they show with any link, as
      // given out: never made up.
      const otherRound = round === 3 ? 1 : 3;
      const otherToken = otherRound === 1 ? chainTokens.first : chainTokens.third;
      const other = await getManagementView(managementToken, otherRound);
      expect(other.canShowLinks).toBe(true);
      for (const [index, partner] of other.partners.entries()) {
        expect(partner.inviteToken).toBe(inviteToken(otherToken, partnerId(`scan-${otherRound}`, index), 0));
      }
      expect(other.isOpenedWithRoundLink).toBe(round !== 3);
    }
  });

  it("keeps every invitation and respondent link working, with every answer and comment", async () => {
    const { getInvitation } = await import("../../lib/server/respond/invitation");
    const { getQuestionnaireState } = await import("../../lib/server/respond/questionnaire");
    for (const scan of oldScans) {
      for (const [index, name] of scan.partners.entries()) {
        const invitation = await getInvitation(
          inviteToken(scan.managementToken, partnerId(scan.id, index), 0),
          () => null,
        );
        expect(invitation.partnerName).toBe(name);
      }
    }
    for (const entry of respondentTokens) {
      const state = await getQuestionnaireState(entry.token);
      expect(state.respondentId).toBe(entry.respondentId);
      expect(state.isSubmitted).toBe(true);
      expect(state.answers["ambition.shared-goal"]).toBeGreaterThanOrEqual(2);
      expect(state.comments.ambition).toBe(`Opmerking ${entry.respondentId}`);
    }
  });

  it("carries partners over by name from one round to the next, and shows each round's results", async () => {
    const { db } = await import("../../lib/server/db");
    const carried = await db.partner.findMany({
      where: { scan: { collaborationId: "scan-1" } },
      select: { name: true, carriedFrom: { select: { name: true, scan: { select: { roundNumber: true } } } } },
      orderBy: [{ scan: { roundNumber: "asc" } }, { position: "asc" }],
    });
    expect(carried.map((partner) => [partner.name, partner.carriedFrom?.name ?? null])).toEqual([
      ["Gemeente", null],
      ["Provincie", null],
      ["Waterschap", null],
      ["gemeente", "Gemeente"],
      ["Waterschap", "Waterschap"],
      ["Corporatie", null],
      ["Gemeente", "gemeente"],
      ["Waterschap", "Waterschap"],
      ["Corporatie", "Corporatie"],
    ]);
    const { getResults } = await import("../../lib/server/results/get-results");
    const first = await getResults(chainTokens.third, 1);
    expect(first.scan.round).toBe(1);
    expect(first.diagnosis.submittedCount).toBe(9);
    // The release of before the migration stands (the first partner on its own); the other answers follow in a second.
    expect(first.diagnosis.release).toBe(2);
    expect(first.diagnosis.partners.map((partner) => partner.status)).toEqual(["shown", "shown", "shown"]);
    expect(await db.resultRelease.count({ where: { scanId: "scan-1" } })).toBe(2);
    expect(first.comments.ambition).toHaveLength(first.diagnosis.respondentCount);
  });

  it("keeps a demo copy a demo, and a deleted collaboration takes all its rounds with it", async () => {
    const { db } = await import("../../lib/server/db");
    const demo = await db.collaboration.findUniqueOrThrow({ where: { id: "scan-demo" } });
    expect(demo.isDemo).toBe(true);
    expect(demo.demoExpiresAt?.toISOString()).toBe("2999-01-01T00:00:00.000Z");
    const { deleteScan } = await import("../../lib/server/scan/delete-scan");
    await deleteScan({ managementToken: chainTokens.first, confirmation: "Netwerk Noord" });
    expect(await db.scan.count({ where: { id: { in: ["scan-1", "scan-2", "scan-3"] } } })).toBe(0);
    expect(await db.respondent.count({ where: { scanId: { in: ["scan-1", "scan-2", "scan-3"] } } })).toBe(0);
    expect(await db.scan.count({ where: { id: "scan-alone" } })).toBe(1);
  });
});
