import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { likertToScore, scoreToMeanAsWorded } from "./likert";

describe("reading a favourable score in the statement's own direction", () => {
  it("gives a reversed statement that everybody fully agrees with a mean of 5, though its score is 0", () => {
    expect(likertToScore(5, true)).toBe(0);
    expect(scoreToMeanAsWorded(0, true)).toBe(5);
  });

  it("gives a positively worded statement its mean answer back", () => {
    expect(scoreToMeanAsWorded(75, false)).toBe(4);
  });

  it("undoes likertToScore for every answer and direction", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.boolean(), (answer, isReversed) => {
        expect(scoreToMeanAsWorded(likertToScore(answer, isReversed), isReversed)).toBeCloseTo(answer, 10);
      }),
    );
  });
});
