import { prepareDatabase, removeDatabase, spawnGroup, stopGroup, waitForHealth, withApp } from "../support/app-server";
import { lostAnswers, seedPopulation, storedAnswers } from "./population";
import { runSaveLoad, type SaveLoadResult } from "./save-load";

/**
 * The load test: `respondents` people answer a full scan at the same time
 * through the running app, then through the bare Node floor with the same
 * write and database settings. Every acknowledged answer must be in the
 * database afterwards.
 */
export type SaveLoadFigures = {
  save_answer_requests: number;
  save_answer_rps: number;
  save_answer_p50_ms: number;
  save_answer_p95_ms: number;
  save_answer_p99_ms: number;
  save_answer_errors: number;
  /** The errors by kind, e.g. "HTTP 500: 2, ECONNRESET: 1"; empty when there were none. */
  save_answer_error_kinds: string;
  save_answer_lost: number;
  server_rss_mb_before_load: number;
  server_rss_mb_after_load: number;
  save_answer_floor_rps: number;
  save_answer_floor_p95_ms: number;
  save_answer_floor_lost: number;
  /** The app's throughput as a share of the floor's; the target is at least 0.5. */
  save_answer_vs_floor: number;
};

export type SaveLoadOptions = { respondents: number; maxSeconds: number };

const APP = { port: 3200, databaseUrl: "file:./data/load.db" };
const FLOOR = { port: 3201, databaseUrl: "file:./data/load-floor.db" };

async function loadAndCount(base: string, databaseUrl: string, options: SaveLoadOptions) {
  // Warm-up, unmeasured: a server in use has compiled its hot paths; a fresh one has not.
  const warmUp = await seedPopulation(databaseUrl, 20);
  await runSaveLoad(base, warmUp.respondents, { maxSeconds: 30 });
  const population = await seedPopulation(databaseUrl, options.respondents);
  const result = await runSaveLoad(base, population.respondents, options);
  const expected = population.respondents.reduce((sum, respondent) => sum + respondent.answers.length, 0);
  const stored = await storedAnswers(
    databaseUrl,
    population.respondents.map((respondent) => respondent.id),
  );
  return { result, expected, lost: lostAnswers(result.acknowledged, stored) };
}

async function measureFloor(options: SaveLoadOptions): Promise<{ result: SaveLoadResult; lost: number }> {
  removeDatabase(FLOOR.databaseUrl);
  const env = {
    ...process.env,
    DATABASE_URL: FLOOR.databaseUrl,
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    NODE_ENV: "production" as const,
    PORT: String(FLOOR.port),
  };
  prepareDatabase(env);
  const floor = spawnGroup(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/load/floor-server.ts"],
    env,
  );
  try {
    await waitForHealth(`http://127.0.0.1:${FLOOR.port}`, floor);
    return await loadAndCount(`http://127.0.0.1:${FLOOR.port}`, FLOOR.databaseUrl, options);
  } finally {
    await stopGroup(floor);
  }
}

/** The load through the app: figures, lost answers and the server's memory afterwards. */
export async function measureAppSaveLoad(options: SaveLoadOptions) {
  return withApp({ ...APP, fresh: true }, async (server) => {
    const idleRssMb = server.rssMb();
    const measured = await loadAndCount(server.base, APP.databaseUrl, options);
    return { ...measured, idleRssMb, rssMb: server.rssMb() };
  });
}

export async function measureSaveLoad(options: SaveLoadOptions): Promise<SaveLoadFigures> {
  const app = await measureAppSaveLoad(options);
  const floor = await measureFloor(options);
  return {
    save_answer_requests: app.result.requests,
    save_answer_rps: app.result.rps,
    save_answer_p50_ms: app.result.p50Ms,
    save_answer_p95_ms: app.result.p95Ms,
    save_answer_p99_ms: app.result.p99Ms,
    save_answer_errors: app.result.errors,
    save_answer_error_kinds: Object.entries(app.result.errorKinds)
      .map(([kind, count]) => `${kind}: ${count}`)
      .join(", "),
    save_answer_lost: app.lost,
    server_rss_mb_before_load: app.idleRssMb,
    server_rss_mb_after_load: app.rssMb,
    save_answer_floor_rps: floor.result.rps,
    save_answer_floor_p95_ms: floor.result.p95Ms,
    save_answer_floor_lost: floor.lost,
    save_answer_vs_floor: Math.round((app.result.rps / Math.max(1, floor.result.rps)) * 100) / 100,
  };
}
