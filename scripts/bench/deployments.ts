import { withPostgres } from "../../tests/support/postgres";
import { type LoadTarget, runAppSaveLoad, type SaveLoadOptions, saveLoadFigures } from "../load/measure-save-load";
import { withCluster } from "../support/app-cluster";
import { withApp } from "../support/app-server";
import { measureResults } from "./server";

/**
 * The save load test and the results page of 1,000 respondents on each way
 * of running the app, with the same work for each, printed side by side: the
 * embedded database with one instance; two instances on one SQLite file
 * behind nginx (no database server; it shows what sharing one file between
 * processes costs); PostgreSQL with one instance; and two instances on one
 * PostgreSQL behind nginx. Each PostgreSQL column starts a server of its own,
 * durable as in production (fsync on every commit), and stops it afterwards.
 */
type Deployment = {
  key: string;
  name: string;
  run<T>(work: (target: LoadTarget, databaseUrl: string) => Promise<T>): Promise<T>;
};

const DEPLOYMENTS: readonly Deployment[] = [
  { key: "embedded", name: "embedded, 1 instance", run: (work) => withApp({ name: "bench-embedded" }, work) },
  {
    key: "embedded_2x",
    name: "one SQLite file, 2 instances + nginx",
    run: (work) => withCluster({ name: "bench-embedded-2x", instances: 2 }, work),
  },
  {
    key: "postgres",
    name: "PostgreSQL, 1 instance",
    run: (work) =>
      withPostgres({ durable: true, name: "bench_one" }, (databaseUrl) =>
        withApp({ name: "bench-postgres", databaseUrl }, work),
      ),
  },
  {
    key: "postgres_2x",
    name: "PostgreSQL, 2 instances + nginx",
    run: (work) =>
      withPostgres({ durable: true, name: "bench_two" }, (databaseUrl) =>
        withCluster({ name: "bench-postgres-2x", instances: 2, databaseUrl }, work),
      ),
  },
];

/** The figures compared: the results page, then the save load test's. */
const ROWS = [
  "results_1000_ms",
  "save_answer_rate_per_s",
  "save_answer_p50_ms_at_rate",
  "save_answer_p95_ms_at_rate",
  "save_answer_p99_ms_at_rate",
  "save_answer_saturation_saves",
  "save_answer_saturation_rps",
  "save_answer_saturation_p50_ms",
  "save_answer_saturation_p95_ms",
  "save_answer_unanswered",
  "save_answer_server_errors",
  "save_answer_refused",
  "save_answer_lost",
  "server_rss_mb_after_load",
] as const;

export type DeploymentBench = { header: string[]; rows: string[][]; figures: Record<string, number | string> };

export async function benchDeployments(load: SaveLoadOptions): Promise<DeploymentBench> {
  const measured: Record<string, number | string>[] = [];
  for (const deployment of DEPLOYMENTS) {
    measured.push(
      await deployment.run(async (target, databaseUrl) => ({
        results_1000_ms: await measureResults(target.base, databaseUrl),
        ...saveLoadFigures(await runAppSaveLoad(target, databaseUrl, load)),
      })),
    );
  }
  const figures: Record<string, number | string> = {};
  for (const [index, deployment] of DEPLOYMENTS.entries()) {
    for (const row of ROWS) figures[`${deployment.key}_${row}`] = measured[index]?.[row] ?? "";
  }
  return {
    header: ["", ...DEPLOYMENTS.map((deployment) => deployment.name)],
    rows: ROWS.map((row) => [row, ...measured.map((values) => String(values[row] ?? ""))]),
    figures,
  };
}
