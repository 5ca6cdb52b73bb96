import { withCluster } from "../support/app-cluster";
import {
  prepareDatabase,
  removeDatabase,
  scratchDatabaseUrl,
  spawnGroup,
  startOnFreePort,
  stopGroup,
  withApp,
} from "../support/app-server";
import { type OpenLoopResult, runOpenLoop } from "./open-loop";
import { describeTally, percentileMs, total } from "./outcomes";
import { lostAnswers, seedPopulation, storedAnswers } from "./population";
import { runSaturation, type SaturationResult } from "./saturation";

/**
 * The save load test. Through the running app, on a database of its own:
 *   1. a short unmeasured warm-up (a server in use has compiled its hot paths);
 *   2. at the rate people produce: `respondents` people each saving an answer
 *      every 5 s on average (open loop, Poisson arrivals), `atRateSaves` saves;
 *   3. saturation: the same number of other people answer their whole
 *      questionnaire as fast as the server takes it.
 * Every acknowledged answer must be in the database afterwards. The bare Node
 * floor (the same write without the framework) is measured for the bench only.
 */
export type SaveLoadOptions = {
  respondents: number;
  atRateSaves: number;
  boundMs: number;
  /** At saturation (and in the warm-up) each respondent answers only this many items (default: the whole questionnaire). */
  saturationItems?: number;
  /** How many app instances, behind the reverse proxy when more than one (default 1, no proxy). */
  instances?: number;
};

/** What the load runs against: one app instance, or the proxy in front of several. */
export type LoadTarget = { base: string; rssMb(): number };

type Counted<T> = T & { lost: number };
export type AppSaveLoad = {
  atRate: Counted<OpenLoopResult>;
  saturation: Counted<SaturationResult>;
  idleRssMb: number;
  rssMb: number;
};

const MEAN_SECONDS_BETWEEN_SAVES = 5;

async function countLost<T extends OpenLoopResult | SaturationResult>(
  databaseUrl: string,
  respondentIds: string[],
  result: T,
): Promise<Counted<T>> {
  const stored = await storedAnswers(databaseUrl, respondentIds);
  return { ...result, lost: lostAnswers(result.acknowledgedAnswers, stored) };
}

async function saturate(base: string, databaseUrl: string, options: SaveLoadOptions) {
  const population = await seedPopulation(databaseUrl, options.respondents);
  const respondents = population.respondents.map((respondent) => ({
    ...respondent,
    answers: respondent.answers.slice(0, options.saturationItems ?? respondent.answers.length),
  }));
  const result = await runSaturation(base, respondents, { boundMs: options.boundMs });
  return countLost(
    databaseUrl,
    population.respondents.map((respondent) => respondent.id),
    result,
  );
}

async function warmUp(base: string, databaseUrl: string, items?: number): Promise<void> {
  const warmUpPeople = await seedPopulation(databaseUrl, 20);
  const respondents = warmUpPeople.respondents.map((respondent) => ({
    ...respondent,
    answers: respondent.answers.slice(0, items ?? respondent.answers.length),
  }));
  await runSaturation(base, respondents, { boundMs: 60_000 });
}

/** Runs `work` against one app instance, or against the proxy in front of `options.instances` of them. */
function withTarget<T>(
  options: SaveLoadOptions,
  work: (target: LoadTarget, databaseUrl: string) => Promise<T>,
): Promise<T> {
  const instances = options.instances ?? 1;
  if (instances === 1) return withApp({ name: "load" }, work);
  return withCluster({ name: "load-cluster", instances }, (cluster, databaseUrl) => work(cluster, databaseUrl));
}

/** The load through the app: both phases, lost answers and the server's memory. */
export async function measureAppSaveLoad(options: SaveLoadOptions): Promise<AppSaveLoad> {
  return withTarget(options, (target, databaseUrl) => runAppSaveLoad(target, databaseUrl, options));
}

/** Both phases against a running app (one instance or the proxy in front of several) on `databaseUrl`. */
export async function runAppSaveLoad(
  server: LoadTarget,
  databaseUrl: string,
  options: SaveLoadOptions,
): Promise<AppSaveLoad> {
  const idleRssMb = server.rssMb();
  await warmUp(server.base, databaseUrl, options.saturationItems);
  const people = await seedPopulation(databaseUrl, options.respondents);
  const atRateResult = await runOpenLoop(server.base, people.respondents, {
    saves: options.atRateSaves,
    meanSecondsBetweenSaves: MEAN_SECONDS_BETWEEN_SAVES,
    seed: 20261125,
    boundMs: options.boundMs,
  });
  const atRate = await countLost(
    databaseUrl,
    people.respondents.map((respondent) => respondent.id),
    atRateResult,
  );
  const saturation = await saturate(server.base, databaseUrl, options);
  return { atRate, saturation, idleRssMb, rssMb: server.rssMb() };
}

/** Saturation through the bare Node floor with the same write and database settings. */
export async function measureFloorSaturation(options: SaveLoadOptions): Promise<Counted<SaturationResult>> {
  const databaseUrl = scratchDatabaseUrl("load-floor");
  removeDatabase(databaseUrl);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SEED_DEMO: "false",
    LOG_LEVEL: "warn",
    NODE_ENV: "production" as const,
  };
  prepareDatabase(env);
  const { child, base } = await startOnFreePort((port) =>
    spawnGroup(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/load/floor-server.ts"], {
      ...env,
      PORT: String(port),
    }),
  );
  try {
    await warmUp(base, databaseUrl);
    return await saturate(base, databaseUrl, options);
  } finally {
    await stopGroup(child);
    removeDatabase(databaseUrl);
  }
}

/** Failures that count: a save that got no answer, a server error, a refused or lost answer. */
export function saveLoadFailures(result: Counted<OpenLoopResult | SaturationResult>) {
  return {
    unanswered: total(result.unanswered),
    serverErrors: total(result.serverErrors),
    refusedOrLost: total(result.refused) + result.lost,
  };
}

/** The figures `npm run bench` and `npm run loadtest` print; none of them is asserted anywhere. */
export function saveLoadFigures(app: AppSaveLoad, floor?: Counted<SaturationResult>): Record<string, number | string> {
  const { atRate, saturation } = app;
  const saturationRps = saturation.acknowledged / Math.max(saturation.seconds, 0.001);
  const figures: Record<string, number | string> = {
    save_answer_rate_per_s: atRate.ratePerSecond,
    save_answer_saves_at_rate: atRate.sent,
    save_answer_p50_ms_at_rate: percentileMs(atRate.latenciesMs, 0.5),
    save_answer_p95_ms_at_rate: percentileMs(atRate.latenciesMs, 0.95),
    save_answer_p99_ms_at_rate: percentileMs(atRate.latenciesMs, 0.99),
    save_answer_saturation_saves: saturation.sent,
    save_answer_saturation_rps: Math.round(saturationRps),
    save_answer_saturation_p50_ms: percentileMs(saturation.latenciesMs, 0.5),
    save_answer_saturation_p95_ms: percentileMs(saturation.latenciesMs, 0.95),
    save_answer_saturation_p99_ms: percentileMs(saturation.latenciesMs, 0.99),
    save_answer_unanswered: describeTally({ ...atRate.unanswered, ...saturation.unanswered }),
    save_answer_server_errors: describeTally({ ...atRate.serverErrors, ...saturation.serverErrors }),
    save_answer_refused: describeTally({ ...atRate.refused, ...saturation.refused }),
    save_answer_lost: atRate.lost + saturation.lost,
    server_rss_mb_before_load: app.idleRssMb,
    server_rss_mb_after_load: app.rssMb,
  };
  if (floor) {
    const floorRps = floor.acknowledged / Math.max(floor.seconds, 0.001);
    figures.save_answer_floor_rps = Math.round(floorRps);
    figures.save_answer_floor_p95_ms = percentileMs(floor.latenciesMs, 0.95);
    figures.save_answer_floor_lost = floor.lost;
    figures.save_answer_vs_floor = Math.round((saturationRps / Math.max(1, floorRps)) * 100) / 100;
  }
  return figures;
}
