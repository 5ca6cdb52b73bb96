/**
 * `npm run scenarios`: the scenario library (lib/scoring/testing/scenarios)
 * through the diagnosis, one line per scenario (runs passed, what the first
 * seed reported, why runs failed) and a final tally. `-- --json` prints the
 * tally as JSON; `-- --seeds N` runs more seeds. Exits non-zero below 95 %.
 */
import { diagnose } from "../lib/scoring";
import { runScenarios } from "../lib/scoring/testing/scenarios/run-scenarios";

const seedsIndex = process.argv.indexOf("--seeds");
const seeds = seedsIndex >= 0 ? Number(process.argv[seedsIndex + 1]) || 5 : 5;
const tally = runScenarios((input) => diagnose(input).problems, seeds);
const share = Math.round((tally.passed / tally.runs) * 1000) / 10;

if (process.argv.includes("--json")) {
  console.log(
    JSON.stringify({
      passed: tally.passed,
      runs: tally.runs,
      share,
      scenarios: tally.outcomes.map((outcome) => ({
        id: outcome.scenario.id,
        passed: outcome.passed,
        runs: outcome.runs,
        failures: outcome.failures,
      })),
    }),
  );
} else {
  for (const outcome of tally.outcomes) {
    const mark = outcome.passed === outcome.runs ? "✓" : "✘";
    console.log(`${mark} ${outcome.scenario.id.padEnd(30)} ${outcome.passed}/${outcome.runs}  ${outcome.example}`);
    for (const failure of outcome.failures) console.log(`    ${failure}`);
  }
  console.log(`\nScenarios: ${tally.passed} of ${tally.runs} runs as an advisor would conclude (${share} %)`);
}
process.exit(share >= 95 ? 0 : 1);
