import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { couldRunAsFormula, FORMULA_STARTS, neutralise, withoutControlCharacters } from "./spreadsheet-safe";

describe("neutralise", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+31 6 1234", "'+31 6 1234"],
    ["-3", "'-3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", "'\r=1"],
    ["\n=1", "'\n=1"],
    ["  =1+1", "'  =1+1"],
    ["\u00A0=1+1", "'\u00A0=1+1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["\uFF0B1", "'\uFF0B1"],
    ["\uFF20SUM(A1)", "'\uFF20SUM(A1)"],
    ["Gemeente Zuid", "Gemeente Zuid"],
    ["a=b", "a=b"],
    ["", ""],
  ])("makes %j safe as %j", (text, safe) => {
    expect(neutralise(text)).toBe(safe);
  });

  it.each([
    ["=1", true],
    [" \t=1", true],
    ["\tplain", true],
    ["plain", false],
    ["'=1", false],
    ["   ", false],
  ])("sees whether %j could run as a formula: %s", (text, expected) => {
    expect(couldRunAsFormula(text)).toBe(expected);
  });

  it("leaves no text that could run as a formula", () => {
    const risky = fc.string({ unit: fc.constantFrom(...FORMULA_STARTS, " ", "\t", "\r", "\n", "a", "1", ";", '"') });
    fc.assert(
      fc.property(fc.oneof(risky, fc.string({ unit: "binary" })), (text) => !couldRunAsFormula(neutralise(text))),
    );
  });
});

describe("withoutControlCharacters", () => {
  it("drops what an XLSX file cannot hold and keeps tabs and line breaks", () => {
    expect(withoutControlCharacters("a\u0000b\u0007c\td\ne\rf\uFFFF")).toBe("ab" + "c\td\ne\rf");
  });
});
