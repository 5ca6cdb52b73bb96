import { type LoadTarget, runAppSaveLoad, type SaveLoadOptions, saveLoadFigures } from "../load/measure-save-load";
import { withCluster } from "../support/app-cluster";
import { withApp } from "../support/app-server";
import { measureResults } from "./server";

/**
 * The save load test and the results page of 1,000 respondents on each way
 * of running the app, with the same work for each, printed side by side: the
 * embedded database with one instance, and two instances on one SQLite file
 * behind nginx (the second needs no database server; it shows what sharing
 * one file between processes costs).
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
