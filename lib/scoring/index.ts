/**
 * The scoring library: answers in, diagnosis out. Pure TypeScript with no
 * framework imports, used by the app, the exports and the command line.
 */
export { type Reportable, reportableInput } from "./anonymize";
export { CONCERN_BELOW, SIGNIFICANT_GAP, STRENGTH_FROM } from "./bands";
export { diagnose, diagnoseUnknown } from "./diagnose";
export { type InputIssue, parseScanInput, type ScanInput, type ScanInputDraft, ZScanInput } from "./input";
export { type AnswerMap, type LensScore, requiredAnswers, type ScoredStatement, scoreLens } from "./lens-score";
export { LIKERT_MAX, LIKERT_MIN, likertToScore } from "./likert";
export { compareRounds } from "./rounds";
export type * from "./types";
