import { describe, expect, it } from "vitest";
import { prevailingMode } from "./prevailing-mode";
import { exportTranslator } from "./translator";

describe("prevailingMode", () => {
  const trustModes = {
    counts: { 1: 3, 2: 3 },
    prevailing: null,
    groups: { "partner-1": 2, "partner-2": null, "partner-3": null },
    undecided: { overall: "tied" as const, groups: { "partner-2": "tied" as const, "partner-3": "too-few" as const } },
  };
  const label = (group: string | null, locale: "nl" | "en") =>
    prevailingMode(trustModes, group, locale, exportTranslator(locale));

  it("names the mode a group chose most, and tells an even split from too few answers", () => {
    expect(label("partner-1", "nl")).toBe("Berekenend verbinden");
    expect(label(null, "nl")).toBe("geen duidelijke voorkeur");
    expect(label("partner-2", "nl")).toBe("geen duidelijke voorkeur");
    expect(label("partner-3", "nl")).toBe("te weinig antwoorden");
    expect(label("partner-3", "en")).toBe("too few answers");
  });
});
