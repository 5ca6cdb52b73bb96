/**
 * `npm test`: every check the project has, in order, with one summary at the
 * end. Lint, typecheck, unit and integration tests (vitest), the integration
 * tests again on PostgreSQL (a server the run starts itself), a production
 * build, the end-to-end tests in Chromium (Playwright), then the crash and
 * load tests against the build (scripts/durability.ts). A failing step
 * does not hide the others' results; steps that need a build are skipped
 * when the build fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { ensureBrowser } from "./support/browser";

type Step = { name: string; command: string[]; needs?: string; counts?: () => Counts; env?: Record<string, string> };
type Counts = { passed: number; failed: number; skipped: number };
type Outcome = { name: string; status: "passed" | "failed" | "skipped"; seconds: number; counts?: Counts };

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

function vitestCounts(path = "test-results/vitest.json"): Counts {
  const report = readJson(path) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
    | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(): Counts {
  const report = readJson("test-results/e2e.json") as
    | { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
    | undefined;
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

function durabilityCounts(): Counts {
  const report = readJson("test-results/durability.json") as { passed: number; failed: number } | undefined;
  return report ? { passed: report.passed, failed: report.failed, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
}

/** Where vitest.config.mts has the PostgreSQL pass write its report. */
const POSTGRES_REPORT = "test-results/vitest-postgres.json";

const steps: Step[] = [
  { name: "lint", command: ["npx", "biome", "check", "."] },
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  {
    name: "unit + integration",
    command: ["npx", "vitest", "run"],
    counts: () => vitestCounts(),
    // The full number of random cases of every property test; `npm run check` tries a fifth.
    env: { PROPERTY_RUNS: "thorough" },
  },
  {
    name: "integration (PostgreSQL)",
    command: ["npx", "vitest", "run", "--project", "integration"],
    env: { TEST_DATABASE: "postgresql", PROPERTY_RUNS: "thorough" },
    counts: () => vitestCounts(POSTGRES_REPORT),
  },
  { name: "build", command: ["npm", "run", "build"] },
  { name: "end-to-end", command: ["npx", "playwright", "test"], needs: "build", counts: playwrightCounts },
  { name: "crash + load", command: ["npx", "tsx", "scripts/durability.ts"], needs: "build", counts: durabilityCounts },
];

ensureBrowser();
rmSync("test-results/vitest.json", { force: true });
rmSync(POSTGRES_REPORT, { force: true });
rmSync("test-results/e2e.json", { force: true });
rmSync("test-results/durability.json", { force: true });

const suiteStarted = Date.now();
const outcomes: Outcome[] = [];
for (const step of steps) {
  if (step.needs && outcomes.find((outcome) => outcome.name === step.needs)?.status !== "passed") {
    outcomes.push({ name: step.name, status: "skipped", seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command.join(" ")}`);
  const started = Date.now();
  const [command = "", ...args] = step.command;
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...step.env } });
  const counts = step.counts?.();
  const failed = result.status !== 0 || (counts !== undefined && counts.failed > 0);
  outcomes.push({
    name: step.name,
    status: failed ? "failed" : "passed",
    seconds: Math.round((Date.now() - started) / 1000),
    counts,
  });
}

console.log("\n━━ Summary");
for (const outcome of outcomes) {
  const counts = outcome.counts
    ? ` (${outcome.counts.passed} passed, ${outcome.counts.failed} failed, ${outcome.counts.skipped} skipped)`
    : "";
  console.log(`${outcome.status.toUpperCase().padEnd(8)} ${outcome.name.padEnd(24)} ${outcome.seconds}s${counts}`);
}
const total = outcomes.reduce(
  (sum, outcome) => ({
    passed: sum.passed + (outcome.counts?.passed ?? 0),
    failed: sum.failed + (outcome.counts?.failed ?? 0) + (outcome.status === "failed" && !outcome.counts ? 1 : 0),
    skipped: sum.skipped + (outcome.counts?.skipped ?? 0),
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
const allPassed = outcomes.every((outcome) => outcome.status === "passed");
const minutes = Math.round((Date.now() - suiteStarted) / 6000) / 10;
console.log(allPassed ? `\nAll checks passed in ${minutes} min.` : `\nSome checks failed (${minutes} min).`);
if (total.skipped > 0) console.log(`${total.skipped} skipped`);
// The last line, always in this form, so scripts and people can read the outcome at a glance.
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(allPassed ? 0 : 1);
