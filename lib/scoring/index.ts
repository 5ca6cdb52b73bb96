export { type AnswerMap, type LensScore, requiredAnswers, type ScoredStatement, scoreLens } from "./lens-score";
export { isLikertValue, LIKERT_MAX, LIKERT_MIN, likertToScore } from "./likert";
