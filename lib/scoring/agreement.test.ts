import { describe, expect, it } from "vitest";
import { AGREEMENT_LIMIT_POINTS, averageDeviation, averageDeviationOfCounts, partnersDisagree } from "./agreement";

describe("the average deviation index (Burke & Dunlap)", () => {
  it("is the mean absolute distance from the mean", () => {
    expect(averageDeviation([1, 3])).toBe(1);
    expect(averageDeviation([2, 2, 2])).toBe(0);
    expect(averageDeviation([5])).toBeNull();
    // Answers 1, 1, 5, 5: mean 3, every answer 2 away.
    expect(averageDeviationOfCounts([2, 0, 0, 0, 2])).toBe(2);
    expect(averageDeviationOfCounts([0, 0, 4, 0, 0])).toBe(0);
  });

  it.each([
    { values: [50, 50, 48, 42], disagree: false, why: "partner means 3.0, 3.0, 2.9 and 2.7 agree" },
    { values: [25, 25, 80, 80], disagree: true, why: "two against two, over two steps apart" },
    { values: [20, 70, 72, 75], disagree: true, why: "one partner two steps below three who agree" },
    { values: [40, 70, 72, 75], disagree: false, why: "one partner a step and a quarter below: within chance" },
    { values: [20, 45, 70, 95], disagree: true, why: "spread all over the scale" },
  ])("partners at $values disagree: $disagree ($why)", ({ values, disagree }) => {
    expect(partnersDisagree(values, AGREEMENT_LIMIT_POINTS)).toBe(disagree);
  });
});
