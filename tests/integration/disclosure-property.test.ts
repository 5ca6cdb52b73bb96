import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attack, scenarioArbitrary } from "../../lib/scoring/testing/disclosure-scenario";
import { IS_SQLITE } from "../support/integration-db";

/**
 * The disclosure property of lib/scoring/disclosure over thousands of random
 * scans ("weet niet", skipped statements, roles, answers arriving in waves).
 * The unit project runs the same property a few hundred times; this run is
 * the heavy one, kept out of `npm run check`. It touches no database, so it
 * runs in the SQLite pass only, not again in the PostgreSQL one.
 */
describe.runIf(IS_SQLITE)("disclosure control under attack, at scale", () => {
  it("lets nobody work out another respondent's answers in 3,000 random scans", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        expect(attack(scenario)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
