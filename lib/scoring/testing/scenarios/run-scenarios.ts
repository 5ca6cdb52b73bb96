import type { ScanInput } from "../../input";
import { generateScan } from "./generate";
import { type JudgedProblem, judge } from "./judge";
import { type Scenario, scenarios } from "./library";

/**
 * Runs every scenario over `seeds` seeds through a diagnosis function and
 * tallies the verdicts. The diagnosis is passed in, so the same library can
 * judge another version of the model (or a file of practitioner scans).
 */
export type ScenarioOutcome = { scenario: Scenario; passed: number; runs: number; failures: string[]; example: string };
export type Tally = { outcomes: ScenarioOutcome[]; passed: number; runs: number };

export const SEEDS = 5;

export function runScenarios(
  diagnoseProblems: (input: ScanInput) => readonly JudgedProblem[],
  seeds = SEEDS,
  only: readonly Scenario[] = scenarios,
): Tally {
  const outcomes = only.map((scenario): ScenarioOutcome => {
    let passed = 0;
    const failures: string[] = [];
    let example = "";
    for (let seed = 1; seed <= seeds; seed++) {
      const problems = diagnoseProblems(generateScan(scenario.spec, seed));
      const verdict = judge(problems, scenario.expect);
      if (seed === 1)
        example =
          problems
            .map((problem) => `${problem.id.replace("problem.", "")}${problem.confidence === "possible" ? "?" : ""}`)
            .join(" > ") || "none";
      if (verdict.passed) passed++;
      else failures.push(`seed ${seed}: ${verdict.reason}`);
    }
    return { scenario, passed, runs: seeds, failures, example };
  });
  return {
    outcomes,
    passed: outcomes.reduce((sum, outcome) => sum + outcome.passed, 0),
    runs: outcomes.reduce((sum, outcome) => sum + outcome.runs, 0),
  };
}
