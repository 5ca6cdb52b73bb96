import { describe, expect, it } from "vitest";
import { allows } from "./roles";

describe("roles", () => {
  it.each([
    ["owner", "view", true],
    ["owner", "change", true],
    ["owner", "share", true],
    ["editor", "view", true],
    ["editor", "change", true],
    ["editor", "share", false],
    ["viewer", "view", true],
    ["viewer", "change", false],
    ["viewer", "share", false],
  ] as const)("a %s may %s: %s", (role, need, expected) => {
    expect(allows(role, need)).toBe(expected);
  });
});
