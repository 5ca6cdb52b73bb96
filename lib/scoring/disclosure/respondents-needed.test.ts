import { describe, expect, it } from "vitest";
import { planRelease } from "./plan-release";
import { partnerVisibility } from "./respondents-needed";
import type { DisclosureSettings, Member } from "./types";

const group: DisclosureSettings = { threshold: 3, mode: "group" };

function members(counts: Record<string, number>, release: number | null = null): Member[] {
  return Object.entries(counts).flatMap(([partnerId, count]) =>
    Array.from({ length: count }, (_, index) => ({ id: `${partnerId}-${index}`, partnerId, role: null, release })),
  );
}

describe("how many more respondents a partner needs before it shows", () => {
  it("counts up to the threshold for a partner of its own, and says which are shown", () => {
    const visibility = partnerVisibility(["a", "b", "c"], members({ a: 4, b: 3, c: 1 }), [], group);
    expect(visibility.map(({ partnerId, state, more }) => ({ partnerId, state, more }))).toEqual([
      { partnerId: "a", state: "shown", more: null },
      { partnerId: "b", state: "shown", more: null },
      { partnerId: "c", state: "not-shown", more: 2 },
    ]);
  });

  it("needs the threshold from nobody, and one in open reporting", () => {
    expect(partnerVisibility(["a", "b"], members({ a: 3 }), [], group)[1]?.more).toBe(3);
    expect(partnerVisibility(["a", "b"], members({ a: 3 }), [], { threshold: 3, mode: "open" })[1]?.more).toBe(1);
  });

  it("knows a small partner counts among the other partners until it has enough of its own", () => {
    const visibility = partnerVisibility(["a", "b", "c"], members({ a: 3, b: 2, c: 2 }), [], group);
    expect(visibility[1]).toMatchObject({ state: "not-shown", isPooled: true, more: 1 });
  });

  it("waits for enough new answers together once results were shown (a single new answer would show by difference)", () => {
    const first = members({ a: 3, b: 3 });
    const plan = planRelease(first, [], group);
    const history = plan.release ? [plan.release] : [];
    const released = first.map((member) => ({ ...member, release: 1 }));
    const withOneNew: Member[] = [...released, { id: "a-new", partnerId: "a", role: null, release: null }];
    const visibility = partnerVisibility(["a", "b"], withOneNew, history, group);
    expect(visibility[0]).toMatchObject({ state: "held-back", more: 2 });
    expect(visibility[1]).toMatchObject({ state: "shown", more: null });
  });
});
