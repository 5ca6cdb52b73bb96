import { describe, expect, it } from "vitest";
import { type AttentionInput, attentionFor } from "./attention";

const now = new Date("2026-12-04T12:00:00Z");
const base: AttentionInput = {
  now,
  reportingMode: "group",
  anonymityThreshold: 3,
  isRoundOpen: true,
  closesAt: null,
  nextRoundDueOn: null,
  partners: [
    { name: "Gemeente", submitted: 5 },
    { name: "Zorg", submitted: 2 },
  ],
};
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

describe("what needs attention in Mijn scans", () => {
  it("names a partner below the anonymity threshold in an open round", () => {
    expect(attentionFor(base)).toEqual([{ kind: "below-threshold", partner: "Zorg", submitted: 2, threshold: 3 }]);
  });

  it("says nothing of the threshold once the round is closed, or with open reporting", () => {
    expect(attentionFor({ ...base, isRoundOpen: false })).toEqual([]);
    expect(attentionFor({ ...base, reportingMode: "open" })).toEqual([]);
  });

  it("flags a next round whose planned date has passed, and one that is near", () => {
    const all = { ...base, partners: [] };
    expect(attentionFor({ ...all, nextRoundDueOn: days(-1) })).toEqual([{ kind: "round-overdue", date: days(-1) }]);
    expect(attentionFor({ ...all, nextRoundDueOn: days(10) })).toEqual([{ kind: "round-due-soon", date: days(10) }]);
    expect(attentionFor({ ...all, nextRoundDueOn: days(60) })).toEqual([]);
  });

  it("flags an open round that closes within two weeks", () => {
    const all = { ...base, partners: [] };
    expect(attentionFor({ ...all, closesAt: days(3) })).toEqual([{ kind: "round-closing", date: days(3) }]);
    expect(attentionFor({ ...all, closesAt: days(30) })).toEqual([]);
  });
});
