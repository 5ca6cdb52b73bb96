import { describe, expect, it } from "vitest";
import { statements } from "../../content";
import { diagnose } from "./diagnose";
import { compareRoles } from "./role-comparison";
import { buildScan } from "./testing/scan-builder";

const executivesLow = { level: 2 };
const tableHigh = { level: 5 };

function releasedRoles(input: ReturnType<typeof buildScan>) {
  const counts: Record<string, number> = {};
  for (const respondent of input.respondents) {
    if (respondent.role) counts[respondent.role] = (counts[respondent.role] ?? 0) + 1;
  }
  return counts;
}

describe("the role view", () => {
  it("shows executives against the people at the table, most different first", () => {
    // The executives answer low, the managers and operational staff high.
    const scan = buildScan(
      "quick",
      [
        { name: "Bestuur", respondents: 4, roles: ["executive"], profile: executivesLow },
        { name: "Tafel", respondents: 6, roles: ["manager", "operational"], profile: tableHigh },
      ],
      { variation: false },
    );
    const diagnosis = diagnose(scan);
    const comparison = compareRoles(diagnosis, releasedRoles(scan));
    expect(comparison.shown).toEqual(["executive", "manager", "operational"]);
    expect(comparison.canCompare).toBe(true);
    const first = comparison.statements[0];
    expect(first?.gap).toBeGreaterThan(50);
    const gaps = comparison.statements.map((row) => row.gap ?? -1);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(comparison.lenses.every((row) => row.executive !== null && row.atTable !== null)).toBe(true);
    expect(comparison.lenses[0]?.executive).toBeLessThan(comparison.lenses[0]?.atTable ?? 0);
    // The means are as worded: a reversed statement's mean is high where its favourable score is low.
    const reversedId = statements.find((statement) => statement.isReversed && statement.variants.includes("quick"))?.id;
    const reversed = comparison.statements.find((row) => row.id === reversedId);
    expect(reversed?.means.executive).toBeCloseTo(5 - (reversed?.scores.executive ?? 0) / 25, 1);
    expect(reversed?.means.executive).toBeGreaterThan(3);
  });

  it("says why a role has no column: nobody, too few, or not safe beside the other groups", () => {
    // Operational staff are five, but beside the managers' column their figures would give away the two executives'.
    const scan = buildScan("quick", [
      { name: "A", respondents: 5, roles: ["manager", "manager", "operational", "operational", "operational"] },
      { name: "B", respondents: 5, roles: ["manager", "operational", "operational", "executive", "executive"] },
    ]);
    const comparison = compareRoles(diagnose(scan), releasedRoles(scan));
    expect(comparison.shown).toEqual(["manager"]);
    expect(comparison.canCompare).toBe(false);
    expect(comparison.hidden).toEqual([
      { role: "executive", respondents: 2, reason: "too-few" },
      { role: "operational", respondents: 5, reason: "not-safe" },
      { role: "other", respondents: 0, reason: "none" },
    ]);
    expect(comparison.statements.every((row) => row.gap === null)).toBe(true);
  });
});
