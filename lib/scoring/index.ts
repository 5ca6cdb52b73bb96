export { type AnswerMap, type LensScore, requiredAnswers, type ScoredStatement, scoreLens } from "./lens-score";
export { LIKERT_MAX, LIKERT_MIN, likertToScore } from "./likert";
