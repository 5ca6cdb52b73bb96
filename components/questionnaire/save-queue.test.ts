import { describe, expect, it } from "vitest";
import { acknowledge, backoffMs, isEmpty } from "./save-queue";

describe("the save queue", () => {
  it("forgets what the server acknowledged", () => {
    const sent = { answers: { a: 1, b: null }, comments: { ambition: "x" } };
    expect(isEmpty(acknowledge(sent, sent))).toBe(true);
  });

  it("keeps an answer that changed while it was being sent", () => {
    const sent = { answers: { a: 1 }, comments: {} };
    const now = { answers: { a: 2, c: 3 }, comments: {} };
    expect(acknowledge(now, sent)).toEqual({ answers: { a: 2, c: 3 }, comments: {}, role: undefined });
  });

  it("backs off exponentially up to thirty seconds", () => {
    expect([1, 2, 3, 4, 10].map(backoffMs)).toEqual([1000, 2000, 4000, 8000, 30_000]);
  });
});
