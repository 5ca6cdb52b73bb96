import type { Problem, Signal, Text } from "../../content";

export type SignalRole = "core" | "supporting" | "counter";

export type ProblemSignal = { signal: Signal; role: SignalRole; weight: number; reason?: Text; pointsTo?: string };

/**
 * Every signal of a problem's differential, with its role, in the order core,
 * supporting, counter; a counter-signal with why it argues against the
 * problem and the look-alike it points to, if any.
 */
export function problemSignals(problem: Problem): ProblemSignal[] {
  const { core, supporting, counter } = problem.differential;
  return [
    ...core.map(({ signal, weight }) => ({ signal, role: "core" as const, weight })),
    ...supporting.map(({ signal, weight }) => ({ signal, role: "supporting" as const, weight })),
    ...counter.map(({ signal, weight, reason, pointsTo }) => ({
      signal,
      role: "counter" as const,
      weight,
      reason,
      ...(pointsTo ? { pointsTo } : {}),
    })),
  ];
}

/** What a signal refers to in the content: a statement, a lens, a paradox or a context question. */
export function signalReference(signal: Signal): { kind: "statement" | "lens" | "paradox" | "question"; id: string } {
  switch (signal.kind) {
    case "statement-low":
    case "statement-high":
    case "partners-apart":
    case "one-partner-low":
    case "camps":
    case "role-gap":
      return { kind: "statement", id: signal.statementId };
    case "lens-low":
    case "lens-high":
      return { kind: "lens", id: signal.lensId };
    case "paradox-leaning":
    case "paradox-closed":
    case "paradox-opposite-poles":
      return { kind: "paradox", id: signal.paradoxId };
    case "choice-prevails":
    case "choice-share":
      return { kind: "question", id: signal.questionId };
  }
}
