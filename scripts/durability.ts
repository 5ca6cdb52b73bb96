/**
 * `npm run test:durability` (also a step of `npm test`): the crash test and
 * the load test against the production build, as pass/fail checks.
 *   - SIGKILL while answers are being saved: after a restart every
 *     acknowledged answer is stored and the database is intact.
 *   - 200 respondents answer a full scan at once: every request succeeds
 *     within the time bound and no acknowledged answer is missing.
 * Writes test-results/durability.json with the counts for the summary.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { runCrashTest } from "./durability/crash-test";
import { measureAppSaveLoad } from "./load/measure-save-load";

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

  console.log("\nLoad test: 200 respondents answer a full scan at the same time");
  const load = await measureAppSaveLoad({ respondents: 200, maxSeconds: 240 });
  const { result } = load;
  console.log(
    `  ${result.requests} saves in ${result.seconds} s: ${result.rps}/s, p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, p99 ${result.p99Ms} ms, server ${load.rssMb} MiB`,
  );
  check(
    "every answer of every respondent was sent in time",
    result.requests === load.expected,
    `${result.requests} of ${load.expected}`,
  );
  const kinds = Object.entries(result.errorKinds).map(([kind, count]) => `${kind}: ${count}`);
  check(
    "no request failed",
    result.errors === 0,
    `${result.errors} errors${kinds.length ? `: ${kinds.join(", ")}` : ""}`,
  );
  check("no acknowledged answer is lost", load.lost === 0, `${load.lost} lost`);

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
