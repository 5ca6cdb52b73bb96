import { describe, expect, it } from "vitest";
import { camps, type GroupFigure, onePartnerLow, oppositePoles, partnersApart, roleGap } from "./group-signals";

const figures = (...values: number[]): GroupFigure[] =>
  values.map((value, index) => ({ id: `p${index + 1}`, name: `P${index + 1}`, value }));

describe("signals over groups", () => {
  it.each([
    { values: [20, 70, 72, 75], holds: true, why: "one partner far below three that are fine" },
    { values: [35, 62, 60, 58], holds: false, why: "a step apart happens by chance" },
    { values: [20, 70, 35, 75], holds: false, why: "a second partner is unfavourable too" },
    { values: [45, 90, 90, 90], holds: false, why: "the lone partner is not unfavourable itself" },
    { values: [10, 80], holds: false, why: "with two partners, 'the others' is one partner" },
  ])("one partner low at $values: $holds ($why)", ({ values, holds }) => {
    const outcome = onePartnerLow(figures(...values));
    expect((outcome?.severity ?? 0) > 0).toBe(holds);
    if (holds) expect(outcome?.sides[0].map((figure) => figure.value)).toEqual([Math.min(...values)]);
  });

  it.each([
    { values: [20, 25, 75, 80], holds: true, why: "two against two, a clear break between them" },
    { values: [20, 30, 40, 75, 80], holds: true, why: "three against two" },
    { values: [20, 40, 55, 75], holds: false, why: "an even spread is not two camps" },
    { values: [45, 48, 75, 80], holds: false, why: "the lower camp is not unfavourable" },
    { values: [20, 80, 80], holds: false, why: "three partners cannot form two camps of two" },
  ])("camps at $values: $holds ($why)", ({ values, holds }) => {
    expect((camps(figures(...values))?.severity ?? 0) > 0).toBe(holds);
  });

  it("names the camps, lower first", () => {
    const outcome = camps(figures(80, 20, 75, 25));
    expect(outcome?.sides.map((side) => side.map((figure) => figure.id).sort())).toEqual([
      ["p2", "p4"],
      ["p1", "p3"],
    ]);
  });

  it("sees a role gap only in the direction asked and only when the lower side is unfavourable", () => {
    const executives = figures(80);
    const table = figures(30);
    expect(roleGap(executives, table, "table")?.severity).toBeGreaterThan(0);
    expect(roleGap(executives, table, "executives")?.severity).toBe(0);
    expect(roleGap(figures(90), figures(55), "table")?.severity).toBe(0);
    expect(roleGap([], table, "table")).toBeNull();
  });

  it("finds partners apart by the average deviation above c/6, and partners at opposite poles", () => {
    expect(partnersApart(figures(20, 25, 80, 85))?.severity).toBeGreaterThan(0);
    expect(partnersApart(figures(40, 50, 55, 60))?.severity).toBe(0);
    expect(oppositePoles(figures(-0.6, -0.5, 0.6))?.severity).toBeGreaterThan(0);
    expect(oppositePoles(figures(-0.2, 0.1, 0.3))?.severity).toBe(0);
  });
});
