import { describe, expect, it } from "vitest";
import { partnerKeys } from "./partner-keys";

describe("partners through the rounds", () => {
  it("gives every row of a partner that carried over the key of its first round", () => {
    const keys = partnerKeys([
      { id: "r1-gemeente", carriedFromId: null },
      { id: "r1-provincie", carriedFromId: null },
      { id: "r2-gemeente", carriedFromId: "r1-gemeente" },
      { id: "r2-welzijn", carriedFromId: null },
      { id: "r3-gemeente", carriedFromId: "r2-gemeente" },
      // Its previous row is gone (another collaboration's, or deleted): it starts a chain of its own.
      { id: "r3-corporatie", carriedFromId: "elsewhere" },
    ]);
    expect(Object.fromEntries(keys)).toEqual({
      "r1-gemeente": "r1-gemeente",
      "r1-provincie": "r1-provincie",
      "r2-gemeente": "r1-gemeente",
      "r2-welzijn": "r2-welzijn",
      "r3-gemeente": "r1-gemeente",
      "r3-corporatie": "r3-corporatie",
    });
  });

  it("ends on a loop instead of running forever", () => {
    const keys = partnerKeys([
      { id: "a", carriedFromId: "b" },
      { id: "b", carriedFromId: "a" },
    ]);
    expect([...keys.keys()].sort()).toEqual(["a", "b"]);
  });
});
