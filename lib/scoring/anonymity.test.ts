import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleGroups } from "./anonymity";

const noGroupHidden = () => false;

describe("visibleGroups", () => {
  it.each([
    { counts: [5, 4, 6], hidden: [], expected: [true, true, true] },
    { counts: [5, 2, 6], hidden: [], expected: [false, false, true] },
    { counts: [5, 0, 6], hidden: [], expected: [true, false, true] },
    { counts: [3, 3, 1, 1, 1], hidden: [], expected: [true, true, false, false, false] },
    { counts: [5, 5, 1], hidden: [2], expected: [false, true, false] },
    { counts: [2, 2], hidden: [], expected: [false, false] },
  ])("hides $counts with hidden groups $hidden as $expected", ({ counts, hidden, expected }) => {
    expect(visibleGroups(counts, (group) => hidden.includes(group), 3)).toEqual(expected);
  });

  it("never leaves fewer hidden answers than the threshold that could be worked out from the total", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 6 }),
        (counts, threshold) => {
          const visible = visibleGroups(counts, noGroupHidden, threshold);
          const hiddenTotal = counts.reduce((sum, count, group) => sum + (visible[group] ? 0 : count), 0);
          const total = counts.reduce((sum, count) => sum + count, 0);
          // Either nothing is hidden, or the hidden answers pool at least the threshold, or everything is hidden.
          expect(hiddenTotal === 0 || hiddenTotal >= threshold || hiddenTotal === total).toBe(true);
          counts.forEach((count, group) => {
            if (visible[group]) expect(count).toBeGreaterThanOrEqual(threshold);
          });
        },
      ),
    );
  });
});
