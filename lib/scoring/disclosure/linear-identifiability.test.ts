import { describe, expect, it } from "vitest";
import { identifiability } from "./linear-identifiability";

describe("what follows from published sums", () => {
  it("finds a cell whose total is the difference of two published sets", () => {
    // Cells: A1 (in set 0 and 1), A2 (in set 0 only). Set 0 − set 1 = A2.
    const solved = identifiability(
      [
        [1, 1],
        [1, 0],
      ],
      2,
    );
    expect(solved.isDetermined(0)).toBe(true);
    expect(solved.isDetermined(1)).toBe(true);
  });

  it("cannot split two crossing partitions of people that form a cycle", () => {
    // Partners A, B × roles x, y; published: A, B, x (y is implied by the overall).
    // Cells: Ax, Ay, Bx, By. No cell total follows from A, B and x.
    const solved = identifiability(
      [
        [1, 1, 0, 0],
        [0, 0, 1, 1],
        [1, 0, 1, 0],
      ],
      4,
    );
    for (const cell of [0, 1, 2, 3]) expect(solved.isDetermined(cell)).toBe(false);
    // But the cycle links diagonal cells: knowing Ax fixes By, and Ay fixes Bx.
    expect(solved.areLinked(0, 3)).toBe(true);
    expect(solved.areLinked(1, 2)).toBe(true);
    expect(solved.areLinked(0, 1)).toBe(true); // Ax + Ay = A: knowing one fixes the other too
    expect(solved.areLinked(0, 2)).toBe(true); // Ax + Bx = x
  });

  it("leaves cells free that have another free cell beside them", () => {
    // One published set over three cells: each cell's total stays open, and no two are tied to each other.
    const solved = identifiability([[1, 1, 1]], 3);
    expect([0, 1, 2].map((cell) => solved.isDetermined(cell))).toEqual([false, false, false]);
    expect(solved.areLinked(0, 1)).toBe(false);
  });

  it("sees through a combination that is not a plain difference", () => {
    // Sets {1,2,3}, {2,3,4}, {1,4} over single people: (S1 − S2 + S3) / 2 = person 1.
    const solved = identifiability(
      [
        [1, 1, 1, 0],
        [0, 1, 1, 1],
        [1, 0, 0, 1],
      ],
      4,
    );
    expect(solved.isDetermined(0)).toBe(true);
    expect(solved.isDetermined(3)).toBe(true);
    expect(solved.isDetermined(1)).toBe(false);
  });
});
