import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { realisticScan } from "./testing/realistic-scan";
import { buildScan, type Profile } from "./testing/scan-builder";

/**
 * "Contested" by the agreement statistic (agreement.ts): in realistic scans
 * a minority of statements, while a real difference between partners is
 * never missed.
 */
const calm: Profile = { level: 4, position: 0, desired: 0, openness: 4 };

describe("contested statements", () => {
  it("are a small minority in realistic scans", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const diagnosis = diagnose(realisticScan(seed));
      const shown = diagnosis.statements.filter((statement) => statement.score !== null);
      const contested = shown.filter((statement) => statement.isContested);
      expect(contested.length / shown.length, `seed ${seed}`).toBeLessThan(0.2);
    }
  });

  it("include a statement on which one partner stands two steps apart from three that agree", () => {
    const groups = [1, 4, 4, 4].map((level, index) => ({
      name: `Partner ${index + 1}`,
      respondents: 4,
      profile: { ...calm, levels: { "people.dominance": level } },
    }));
    const diagnosis = diagnose(buildScan("full", groups, { variation: false }));
    const dominance = diagnosis.contested.find((entry) => entry.statementId === "people.dominance");
    expect(dominance?.partnersDiffer).toBe(true);
    // Reversed: the lone partner is the one that agrees that one partner sets the course.
    expect(dominance?.lowest).toMatchObject({ partnerId: "p1", mean: 5 });
  });

  it("leave out a spread around the middle: camps need fewer people in the middle than on either side", () => {
    const answers = [2, 3, 3, 4, 2, 3, 4, 3, 2, 3, 4, 3, 2, 4, 3, 3];
    const input = buildScan("full", [
      { name: "A", respondents: 8, profile: calm },
      { name: "B", respondents: 8, profile: calm },
    ]);
    const spread = {
      ...input,
      respondents: input.respondents.map((respondent, index) => ({
        ...respondent,
        answers: { ...respondent.answers, "people.mandate": answers[index] ?? 3 },
      })),
    };
    const mandate = diagnose(spread).statements.find((statement) => statement.id === "people.mandate");
    expect(mandate?.isSplit).toBe(false);
    expect(mandate?.isContested).toBe(false);
  });
});
