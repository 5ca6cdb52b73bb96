/**
 * `npm run test:durability` (also a step of `npm test`): the crash test and
 * the load test against the production build, as pass/fail checks of
 * correctness, never of speed (the speed figures are printed for reading and
 * belong to `npm run bench`).
 *   - SIGKILL while answers are being saved: after a restart every
 *     acknowledged answer is stored and the database is intact.
 *   - 200 respondents at the rate people produce, then 200 answering a
 *     questionnaire step (26 items) each as fast as the server takes it: every
 *     save gets an answer, none a server error, and every answer is
 *     acknowledged and stored. (A full scan each, 23,400 saves, made most of
 *     this step's 11 minutes on a busy machine while proving nothing more;
 *     `npm run loadtest` and `npm run bench` still run it.)
 *   - Two app instances on one PostgreSQL (a durable server this step
 *     starts and stops itself) behind a reverse proxy (nginx): they share a
 *     link's rate limit; 200 respondents at the rate people produce, then
 *     200 answering five items each at once, as above (sized to add at most
 *     a few minutes to `npm test` on a busy machine); then one instance is
 *     killed mid-load and every acknowledged answer is stored.
 *   - Two app instances on one SQLite file behind nginx, the other way to
 *     run several: one killed mid-load, every acknowledged answer stored and
 *     the file intact.
 * Writes test-results/durability.json with the counts for the summary.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { withPostgres } from "../tests/support/postgres";
import { timeouts } from "../tests/support/timeouts";
import { runCrashTest } from "./durability/crash-test";
import { runInstanceCrashTest, runSharedLimitTest } from "./durability/instance-crash-test";
import {
  type AppSaveLoad,
  measureAppSaveLoad,
  runAppSaveLoad,
  saveLoadFailures,
  saveLoadFigures,
} from "./load/measure-save-load";
import { describeTally } from "./load/outcomes";
import { type AppCluster, withCluster } from "./support/app-cluster";

type Check = { name: string; passed: boolean; detail: string };

async function main(): Promise<void> {
  const checks: Check[] = [];
  const check = (name: string, passed: boolean, detail: string) => {
    checks.push({ name, passed, detail });
    console.log(`${passed ? "  ✓" : "  ✘"} ${name} (${detail})`);
  };

  console.log("Crash test: SIGKILL while answers are being saved");
  const crash = await runCrashTest();
  check("the server acknowledged answers before it was killed", crash.acknowledged > 0, `${crash.acknowledged}`);
  check("every acknowledged answer survives the crash", crash.lost === 0, `${crash.lost} lost`);
  check("the database is intact after the crash", crash.integrity === "ok", `integrity_check: ${crash.integrity}`);
  check("the restarted server takes answers again", crash.savesAfterRestart, String(crash.savesAfterRestart));

  console.log("\nLoad test: 200 respondents at the rate people answer, then 200 answering a step each at once");
  const load = await measureAppSaveLoad({
    respondents: 200,
    atRateSaves: 1200,
    saturationItems: 26,
    boundMs: timeouts.durability,
  });
  checkLoad(load, check);

  console.log("\nTwo app instances on one PostgreSQL behind nginx");
  await withPostgres({ durable: true, name: "cluster" }, (postgresUrl) =>
    withCluster({ name: "cluster", instances: 2, databaseUrl: postgresUrl }, async (cluster, databaseUrl) => {
      const limit = await runSharedLimitTest(cluster, databaseUrl);
      check(
        "a link's save limit is counted across both instances",
        limit.acceptedWithinLimit === 300 && limit.refusals.every((refusal) => refusal.status === 429),
        `${limit.acceptedWithinLimit} of 300 accepted, then ${limit.refusals.map((refusal) => refusal.status).join(", ")}`,
      );
      check(
        "the limit says so in the respondent's language",
        limit.refusals[0]?.error === RATE_LIMITED.nl && limit.refusals[1]?.error === RATE_LIMITED.en,
        limit.refusals.map((refusal) => refusal.error).join(" / "),
      );
      console.log("  Load: 200 respondents at the rate people answer, then 200 answering 5 items each at once");
      const clusterLoad = await runAppSaveLoad(cluster, databaseUrl, {
        respondents: 200,
        atRateSaves: 400,
        saturationItems: 5,
        boundMs: timeouts.durability,
      });
      checkLoad(clusterLoad, check);
      await checkInstanceCrash(cluster, databaseUrl, check);
    }),
  );

  // Several instances may share one SQLite file on one machine (README, "Several app instances"); what is
  // particular to a file is an instance killed while it holds the write lock, so only the crash runs here.
  console.log("\nTwo app instances on one SQLite file behind nginx");
  await withCluster({ name: "cluster", instances: 2 }, (cluster, databaseUrl) =>
    checkInstanceCrash(cluster, databaseUrl, check),
  );

  const passed = checks.filter((entry) => entry.passed).length;
  const failed = checks.length - passed;
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/durability.json", JSON.stringify({ passed, failed, checks }, null, 2));
  console.log(`\nDurability: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

const RATE_LIMITED = {
  nl: "Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.",
  en: "Too many requests in a short time. Please wait a moment and try again.",
};

/** One instance of a running cluster killed mid-load: every acknowledged answer stored, the other instance took the rest. */
async function checkInstanceCrash(
  cluster: AppCluster,
  databaseUrl: string,
  check: (name: string, passed: boolean, detail: string) => void,
): Promise<void> {
  console.log("  Crash: one instance killed (SIGKILL) while answers are being saved");
  const crash = await runInstanceCrashTest(cluster, databaseUrl);
  check(
    "answers were acknowledged before and after the kill",
    crash.acknowledged > 0,
    `${crash.acknowledged} acknowledged, ${crash.retried} sent again after a 502 or a failed connection`,
  );
  check("every acknowledged answer is stored", crash.lost === 0, `${crash.lost} lost`);
  check(
    "the other instance took every answer",
    crash.gaveUp === 0 && crash.acknowledged === crash.expected,
    `${crash.acknowledged} of ${crash.expected}; given up: ${crash.gaveUp}`,
  );
  check(
    "no server error but the killed instance's 502",
    Object.keys(crash.otherServerErrors).length === 0,
    describeTally(crash.otherServerErrors),
  );
  // PostgreSQL keeps its own files consistent; a SQLite file shared by processes is checked page by page.
  if (crash.integrity !== undefined) {
    check("the database is intact after the kill", crash.integrity === "ok", `integrity_check: ${crash.integrity}`);
  }
}

/** A load run's correctness checks: every save answered, no server error, every answer acknowledged and stored. */
function checkLoad(load: AppSaveLoad, check: (name: string, passed: boolean, detail: string) => void): void {
  for (const [key, value] of Object.entries(saveLoadFigures(load))) console.log(`  ${key.padEnd(32)} ${value}`);
  for (const [phase, result] of [
    ["at the rate people answer", load.atRate],
    ["at saturation", load.saturation],
  ] as const) {
    const failures = saveLoadFailures(result);
    check(
      `${phase}: every save got an answer`,
      failures.unanswered === 0,
      `${result.sent} sent; without an answer: ${describeTally(result.unanswered)}`,
    );
    check(`${phase}: no save got a server error`, failures.serverErrors === 0, describeTally(result.serverErrors));
    check(
      `${phase}: every answer was acknowledged and is stored`,
      failures.refusedOrLost === 0,
      `refused: ${describeTally(result.refused)}; acknowledged but missing: ${result.lost}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
