import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breadth, highSeverity, lowSeverity } from "./severity";

describe("severity of an unfavourable figure", () => {
  it.each([
    { score: 50, partners: [], severity: 0, why: "neutral is no signal" },
    { score: 45, partners: [], severity: 0, why: "a little below neutral is still mediocre" },
    { score: 40, partners: [], severity: 0, why: "the threshold itself does not count" },
    { score: 39, partners: [], severity: 11 / 30, why: "just past the threshold: the distance below neutral" },
    { score: 35, partners: [], severity: 0.5, why: "a mean of 2.4" },
    { score: 20, partners: [], severity: 1, why: "a mean of 1.8 is as bad as it gets" },
    { score: 5, partners: [], severity: 1, why: "never above 1" },
    { score: 30, partners: [30, 30, 30, 30], severity: 2 / 3, why: "shared by every partner" },
    { score: 30, partners: [10, 50, 50, 50], severity: (2 / 3) * 0.625, why: "carried by one partner of four" },
  ])("gives $severity at $score: $why", ({ score, partners, severity }) => {
    expect(lowSeverity(score, partners)).toBeCloseTo(severity, 5);
  });

  it("mirrors for a favourable figure", () => {
    expect(highSeverity(60, [])).toBe(0);
    expect(highSeverity(80, [])).toBe(1);
    expect(highSeverity(65, [])).toBeCloseTo(0.5, 5);
    expect(highSeverity(35, [])).toBe(0);
  });

  it("counts breadth from neutral (0) to the threshold (1) per partner", () => {
    expect(breadth([50, 60], "low")).toBe(0);
    expect(breadth([40, 30], "low")).toBe(1);
    expect(breadth([45, 20], "low")).toBeCloseTo(0.75, 5);
    expect(breadth([45], "low")).toBe(1);
  });

  it("stays between 0 and 1 and grows the lower the figure and the more partners share it", () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    const partners = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 6 });
    fc.assert(
      fc.property(score, score, partners, fc.nat(5), (a, b, values, which) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        const severity = lowSeverity(lower, values);
        expect(severity).toBeGreaterThanOrEqual(0);
        expect(severity).toBeLessThanOrEqual(1);
        expect(severity).toBeGreaterThanOrEqual(lowSeverity(higher, values));
        if (values.length > 0) {
          const worse = values.map((value, index) => (index === which % values.length ? value - 10 : value));
          expect(lowSeverity(lower, worse)).toBeGreaterThanOrEqual(severity - 1e-9);
        }
      }),
    );
  });
});
