import { findProblem } from "../../../../content";
import type { Expectation } from "./library";

/** What a judge needs of a diagnosis: the problems in their order, and how sure each is. */
export type JudgedProblem = { id: string; confidence?: "clear" | "possible" };

export type Verdict = { passed: boolean; reason: string };

/**
 * Whether a diagnosis says what an advisor would: the expected problem first,
 * nothing contradicting it (the look-alikes the scenario forbids, and any
 * problem the expected one excludes), nothing at all for a healthy
 * collaboration, and nothing "clear" where the scan is merely mediocre. A
 * problem without a confidence counts as clear (a model that does not grade
 * claims certainty).
 */
export function judge(problems: readonly JudgedProblem[], expect: Expectation): Verdict {
  const ids = problems.map((problem) => problem.id);
  const names = ids.join(", ") || "none";
  if (expect.first === null) {
    return problems.length === 0
      ? { passed: true, reason: "nothing reported" }
      : { passed: false, reason: `reported ${names}` };
  }
  if (expect.first !== undefined && ids[0] !== expect.first) {
    return { passed: false, reason: `first ${ids[0] ?? "none"}, expected ${expect.first} (${names})` };
  }
  const excluded = expect.first ? (findProblem(expect.first)?.differential.excludes ?? []) : [];
  const forbidden = [...new Set([...(expect.forbid ?? []), ...excluded])].filter((id) => ids.includes(id));
  if (forbidden.length > 0) return { passed: false, reason: `also reported ${forbidden.join(", ")} (${names})` };
  const topTwo = ids.slice(0, 2);
  const missing = (expect.alsoTop ?? []).filter((id) => !topTwo.includes(id));
  if (missing.length > 0) return { passed: false, reason: `not among the first two: ${missing.join(", ")} (${names})` };
  if (expect.noClear) {
    const clear = problems
      .filter((problem) => (problem.confidence ?? "clear") === "clear")
      .map((problem) => problem.id);
    if (clear.length > 0) return { passed: false, reason: `clear: ${clear.join(", ")}` };
  }
  return { passed: true, reason: names };
}
