export { contextQuestions, findContextQuestion } from "./context";
export { failureFactors } from "./failure-factors";
export { instrument } from "./instrument";
export { findLens, lenses } from "./lenses";
export { findParadox, paradoxes } from "./paradoxes";
export { findProblem, problems } from "./problems";
export * from "./schema";
export { findStatement, statements } from "./statements";
export { successConditions } from "./success-conditions";
