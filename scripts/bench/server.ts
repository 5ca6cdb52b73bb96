import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { PrismaClient } from "@prisma/client";
import { instrument } from "../../content";
import { createSqliteAdapter } from "../../lib/server/sqlite-adapter";
import { generateToken, hashToken } from "../../lib/server/tokens";
import { largeScan } from "./diagnose";
import { medianMsAsync } from "./measure";

/**
 * Figures that need the running app: it builds when there is no build yet,
 * starts `next start` on 127.0.0.1 with its own database, and stops it again.
 */
const PORT = 3200;
const DATABASE_URL = "file:./data/bench.db";
const BASE = `http://127.0.0.1:${PORT}`;

async function seedLargeScan(respondents: number): Promise<string> {
  const db = new PrismaClient({ adapter: createSqliteAdapter(DATABASE_URL) });
  const input = largeScan(respondents);
  const token = generateToken();
  const scan = await db.scan.create({
    data: {
      name: `Benchmark ${respondents}`,
      variant: "full",
      form: "partnership",
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      managementTokenHash: hashToken(token),
    },
  });
  const partnerIds = new Map<string, string>();
  for (const [position, partner] of input.partners.entries()) {
    const created = await db.partner.create({
      data: { scanId: scan.id, name: partner.name, position, inviteTokenHash: hashToken(generateToken()) },
    });
    partnerIds.set(partner.id, created.id);
  }
  const now = new Date();
  for (const respondent of input.respondents) {
    const created = await db.respondent.create({
      data: {
        scanId: scan.id,
        partnerId: respondent.partnerId ? (partnerIds.get(respondent.partnerId) ?? null) : null,
        role: respondent.role,
        tokenHash: hashToken(generateToken()),
        startedAt: now,
        submittedAt: now,
      },
    });
    await db.answer.createMany({
      data: Object.entries(respondent.answers).map(([itemId, value]) => ({ respondentId: created.id, itemId, value })),
    });
  }
  await db.$disconnect();
  return token;
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start");
}

export async function withServer<T>(run: (base: string) => Promise<T>): Promise<T> {
  if (!existsSync(".next/BUILD_ID")) spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/bench.db${suffix}`, { force: true });
  const env = { ...process.env, DATABASE_URL, SEED_DEMO: "false", LOG_LEVEL: "warn", NODE_ENV: "production" as const };
  spawnSync("npx", ["tsx", "scripts/db-deploy.ts"], { env, stdio: "ignore" });
  const server: ChildProcess = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(PORT)], {
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitForHealth();
    return await run(BASE);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

/** Server render of the results overview of a scan with 1,000 respondents (median of warm requests). */
export async function benchResults(): Promise<Record<string, number>> {
  return withServer(async (base) => {
    const token = await seedLargeScan(1000);
    const url = `${base}/beheer/${token}/resultaten`;
    const ms = await medianMsAsync(async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`results answered ${response.status}`);
      await response.text();
    }, 7);
    return { results_1000_ms: ms };
  });
}
