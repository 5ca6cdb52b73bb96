import { statements as allStatements, type Form, failureFactors, successConditions } from "../../content";
import { CONCERN_BELOW, STRENGTH_FROM } from "./bands";
import type { FactorResult, StatementResult } from "./types";

/**
 * Failure factors and success conditions, scored by the statements that
 * measure them (the mean of their 0–100 scores). A contract-only or
 * partnership-only condition counts only when the scan has chosen that form.
 */
export function scoreFactors(statements: readonly StatementResult[], form: Form): FactorResult[] {
  const scoreById = new Map(statements.map((statement) => [statement.id, statement.score]));
  const measuring = (id: string) =>
    allStatements
      .filter(
        (statement) =>
          scoreById.has(statement.id) &&
          (statement.measures.failureFactors.includes(id) || statement.measures.successConditions.includes(id)),
      )
      .map((statement) => statement.id);
  const meanScore = (ids: string[]) => {
    const scores = ids.map((id) => scoreById.get(id)).filter((score): score is number => typeof score === "number");
    return scores.length > 0 ? Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null;
  };

  const failures = failureFactors.map((factor): FactorResult => {
    const statementIds = measuring(factor.id);
    const score = meanScore(statementIds);
    return {
      id: factor.id,
      kind: "failure-factor",
      status: score === null ? "unknown" : score < CONCERN_BELOW ? "risk" : "ok",
      score,
      statementIds,
    };
  });
  const conditions = successConditions.map((condition): FactorResult => {
    const statementIds = measuring(condition.id);
    if (condition.appliesTo !== "both" && condition.appliesTo !== form) {
      return { id: condition.id, kind: "success-condition", status: "not-applicable", score: null, statementIds };
    }
    const score = meanScore(statementIds);
    const status =
      score === null ? "unknown" : score >= STRENGTH_FROM ? "met" : score < CONCERN_BELOW ? "unmet" : "partly";
    return { id: condition.id, kind: "success-condition", status, score, statementIds };
  });
  return [...failures, ...conditions];
}
