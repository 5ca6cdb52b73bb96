import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../../content";
import { singledOut } from "../testing/attacker";
import { attack, type Person, publish, scenarioArbitrary } from "../testing/disclosure-scenario";
import { propertyRuns } from "../testing/property-runs";

/**
 * The disclosure rule, attacked (see testing/disclosure-scenario.ts): random
 * scans with "weet niet" and skipped statements, answers arriving in waves,
 * every release kept. Nobody's answers may come out, from the whole groups
 * or from any statement's groups of those who answered it, except where a
 * partner chose open reporting and is smaller than the threshold. The unit
 * run is modest to keep `npm run check` quick; tests/integration runs
 * thousands of scans.
 */

describe("disclosure control under attack", () => {
  it("lets nobody work out another respondent's answers, per statement and over time, in random scans", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        expect(attack(scenario)).toEqual([]);
      }),
      propertyRuns(150),
    );
  });

  it("never shows a group smaller than the threshold in group reporting", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary.filter((scenario) => scenario.mode === "group"),
        (scenario) => {
          const { shownGroupSizes } = publish(scenario);
          for (const size of shownGroupSizes) expect(size).toBeGreaterThanOrEqual(scenario.threshold);
        },
      ),
      propertyRuns(100),
    );
  });

  it("finds the leak in a plan that shows a role across partners without the check", () => {
    // The attacker must be able to fail: Alpha has three executives and one manager; publishing
    // Alpha and "executives" (Alpha's three only) gives the manager's answer as their difference.
    const people = [0, 1, 2, 3];
    const groups = [people, [0, 1, 2]];
    expect(singledOut(4, groups, () => true)).toContainEqual({ observer: 0, victim: 3 });
  });

  it("shows every role across partners where partners mix roles, as in a real scan", () => {
    // Four partners of four to five people, each with one or two executives: the executives are shown.
    const people: Person[] = [];
    const composition: Role[][] = [
      ["executive", "manager", "manager", "operational"],
      ["executive", "manager", "operational", "operational"],
      ["executive", "executive", "manager", "manager", "operational"],
      ["executive", "manager", "operational", "operational", "operational"],
    ];
    composition.forEach((roles, partner) => {
      for (const role of roles) people.push({ partner, role, wave: 1, gaps: 1 });
    });
    const { releases } = publish({ threshold: 3, mode: "group", partners: 4, people, waves: 1, dontKnow: 0 });
    expect(releases[0]?.roles).toEqual(expect.arrayContaining(["executive", "manager", "operational"]));
    expect(ROLES).toContain("executive");
  });
});
