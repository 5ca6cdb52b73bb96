/**
 * How many random cases a property test tries. `npm run check` is the inner
 * loop and must stay quick, so it tries a fifth of them (at least a few dozen
 * cases still find a broken rule in practice: every property here has a
 * companion example that fails on the bug it guards against). `npm test`
 * sets `PROPERTY_RUNS=thorough` and tries them all, as CI does.
 */
const thorough = process.env.PROPERTY_RUNS === "thorough";

export function propertyRuns(thoroughRuns: number): { numRuns: number } {
  return { numRuns: thorough ? thoroughRuns : Math.max(10, Math.ceil(thoroughRuns / 5)) };
}
