import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requiredAnswers, scoreLens } from "./lens-score";
import { likertToScore } from "./likert";

const positive = { id: "a.positive", isReversed: false };
const negative = { id: "a.negative", isReversed: true };

describe("likertToScore", () => {
  it.each([
    [1, false, 0],
    [3, false, 50],
    [5, false, 100],
    [1, true, 100],
    [4, true, 25],
    [5, true, 0],
  ])("maps %i (reversed: %s) to %i", (value, isReversed, expected) => {
    expect(likertToScore(value, isReversed)).toBe(expected);
  });

  it("is symmetric: a reversed answer scores what the mirrored plain answer scores", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (value) => {
        expect(likertToScore(value, true)).toBe(likertToScore(6 - value, false));
      }),
    );
  });
});

describe("scoreLens", () => {
  it("averages the answers on 0–100 with reversed statements turned around", () => {
    const answers = new Map([
      [positive.id, 5],
      [negative.id, 4],
    ]);
    expect(scoreLens([positive, negative], answers)).toEqual({ status: "scored", score: 63, answerCount: 2 });
  });

  it("leaves out 'don't know' answers", () => {
    const answers = new Map<string, number | null>([
      [positive.id, 4],
      [negative.id, null],
    ]);
    expect(scoreLens([positive, negative], answers)).toEqual({ status: "scored", score: 75, answerCount: 1 });
  });

  it("reports too few answers instead of a number", () => {
    const statements = [positive, negative, { id: "a.third", isReversed: false }];
    const answers = new Map<string, number | null>([[positive.id, 5]]);
    expect(scoreLens(statements, answers)).toEqual({ status: "insufficient", answerCount: 1, required: 2 });
  });

  it("needs answers on at least half of the statements", () => {
    expect([1, 2, 3, 8, 9].map(requiredAnswers)).toEqual([1, 1, 2, 4, 5]);
  });

  it("keeps every score between 0 and 100, whatever the answers", () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 12 }), (values) => {
        const statements = values.map((_, index) => ({ id: `s.${index}`, isReversed: index % 2 === 1 }));
        const answers = new Map(values.map((value, index) => [`s.${index}`, value]));
        const result = scoreLens(statements, answers);
        if (result.status === "scored") {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
