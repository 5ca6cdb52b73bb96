import { describe, expect, it } from "vitest";
import {
  formatMean,
  formatMeanChange,
  formatPosition,
  formatPositionSpread,
  formatScoreChange,
  formatShare,
  formatSigned,
  formatStepGap,
} from "./figures";

describe("figures as results show them", () => {
  it("writes a mean on 1–5 with one decimal and a decimal comma in Dutch", () => {
    expect(formatMean(4.625, "nl")).toBe("4,6");
    expect(formatMean(5, "nl")).toBe("5,0");
    expect(formatMean(4.625, "en")).toBe("4.6");
  });

  it("writes a share as a whole percentage", () => {
    expect(formatShare(100, "nl")).toBe("100%");
    expect(formatShare(33.3, "en")).toBe("33%");
  });

  it("puts a paradox position on the −3…+3 answer scale, with a typographic minus and a plus", () => {
    expect(formatPosition(-0.2, "nl")).toBe("\u22120,6");
    expect(formatPosition(0.4, "nl")).toBe("+1,2");
    expect(formatPosition(0, "nl")).toBe("0,0");
    expect(formatPosition(-0.01, "en")).toBe("0.0");
    expect(formatPosition(-1, "en")).toBe("\u22123.0");
  });

  it("puts a spread on the same scale, and a gap between scores in steps of the 1–5 scale", () => {
    expect(formatPositionSpread(0.31, "nl")).toBe("0,9");
    expect(formatStepGap(45, "nl")).toBe("1,8");
    expect(formatStepGap(100, "en")).toBe("4.0");
  });

  it("writes a change between rounds with a typographic minus, a plus, and no sign for no change", () => {
    expect(formatScoreChange(-9, "nl")).toBe("\u22129");
    expect(formatScoreChange(6.4, "en")).toBe("+6");
    expect(formatScoreChange(-0.3, "nl")).toBe("0");
    expect(formatMeanChange(-0.44, "nl")).toBe("\u22120,4");
    expect(formatMeanChange(1.25, "en")).toBe("+1.3");
    expect(formatMeanChange(-0.04, "nl")).toBe("0,0");
    expect(formatSigned(-1.666, "nl", 1)).toBe("\u22121,7");
  });
});
