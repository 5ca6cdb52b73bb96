/**
 * The scoring library: answers in, diagnosis out. Pure TypeScript with no
 * framework imports, used by the app, the exports and the command line.
 */

export { AGREEMENT_LIMIT_POINTS } from "./agreement";
export { CONCERN_BELOW, STRENGTH_FROM } from "./bands";
export { diagnose, diagnoseUnknown } from "./diagnose";
export { planForInput } from "./disclosure/plan-for-input";
export { MIN_THRESHOLD } from "./disclosure/plan-release";
export { REPORTING_MODES, type ReportingMode } from "./disclosure/types";
export { type InputIssue, parseScanInput, type ScanInput, type ScanInputDraft, ZScanInput } from "./input";
export { type AnswerMap, type LensScore, requiredAnswers, type ScoredStatement, scoreLens } from "./lens-score";
export { LIKERT_MAX, LIKERT_MIN, likertToScore, scoreToMeanAsWorded } from "./likert";
export { type AlphaMissing, type AlphaVerdict, alphaVerdict, whyNoAlpha } from "./quality";
export { buildTrend, lastChange, type TrendRound } from "./trend/build-trend";
export type * from "./trend/types";
export type * from "./types";
