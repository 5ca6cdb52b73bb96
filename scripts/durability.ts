/**
 * `npm run test:durability` (also a step of `npm test`): the crash test and
 * the load test against the production build, as pass/fail checks of
 * correctness, never of speed (the speed figures are printed for reading and
 * belong to `npm run bench`).
 *   - SIGKILL while answers are being saved: after a restart every
 *     acknowledged answer is stored and the database is intact.
 *   - 200 respondents at the rate people produce, then 200 answering a full
 *     scan as fast as the server takes it: every save gets an answer, none a
 *     server error, and every answer is acknowledged and stored.
 * Writes test-results/durability.json with the counts for the summary.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { timeouts } from "../tests/support/timeouts";
import { runCrashTest } from "./durability/crash-test";
import { measureAppSaveLoad, saveLoadFailures, saveLoadFigures } from "./load/measure-save-load";
import { describeTally } from "./load/outcomes";

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

  console.log("\nLoad test: 200 respondents at the rate people answer, then 200 at once as fast as possible");
  const load = await measureAppSaveLoad({ respondents: 200, atRateSaves: 1200, boundMs: timeouts.durability });
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

  const passed = checks.filter((entry) => entry.passed).length;
  const failed = checks.length - passed;
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/durability.json", JSON.stringify({ passed, failed, checks }, null, 2));
  console.log(`\nDurability: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
