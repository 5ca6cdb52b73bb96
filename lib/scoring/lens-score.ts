import { likertToScore } from "./likert";

export type ScoredStatement = { id: string; isReversed: boolean };

/** One respondent's answers by item id; null means "don't know / not applicable". */
export type AnswerMap = ReadonlyMap<string, number | null>;

export type LensScore =
  | { status: "scored"; score: number; answerCount: number }
  | { status: "insufficient"; answerCount: number; required: number };

/**
 * A lens score needs answers on at least half of its statements: a score
 * that rests on one statement out of eight says more about that statement
 * than about the lens. "Don't know" answers do not count.
 */
export function requiredAnswers(statementCount: number): number {
  return Math.max(1, Math.ceil(statementCount / 2));
}

export function scoreLens(statements: readonly ScoredStatement[], answers: AnswerMap): LensScore {
  let total = 0;
  let answerCount = 0;
  for (const statement of statements) {
    const value = answers.get(statement.id);
    if (value === undefined || value === null) continue;
    total += likertToScore(value, statement.isReversed);
    answerCount += 1;
  }
  const required = requiredAnswers(statements.length);
  if (answerCount < required) return { status: "insufficient", answerCount, required };
  return { status: "scored", score: Math.round(total / answerCount), answerCount };
}
