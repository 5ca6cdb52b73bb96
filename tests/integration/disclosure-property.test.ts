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
  // 3,000 scans in six tests of 500 (each with its own random seed): a fixed amount of work whose parts each end
  // well within one test's timeout on a busy machine, where the whole once took longer than it.
  const SCANS_PER_TEST = 500;
  const parts = [0, 1, 2, 3, 4, 5].map((part) => [part * SCANS_PER_TEST + 1, (part + 1) * SCANS_PER_TEST]);
  it.each(parts)("lets nobody work out another respondent's answers: random scans %i to %i of 3,000", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        expect(attack(scenario)).toEqual([]);
      }),
      { numRuns: SCANS_PER_TEST },
    );
  });
});
