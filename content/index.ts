export { instrument } from "./instrument";
export { findLens, lenses } from "./lenses";
export * from "./schema";
export { findStatement, statements, statementsForLens } from "./statements";
