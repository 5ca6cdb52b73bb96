import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import type { Cell, ExportTable } from "./export-data";
import { couldRunAsFormula } from "./spreadsheet-safe";
import { parseCsv } from "./testing/parse-csv";

function table(rows: Record<string, Cell>[], headers: Record<string, string> = {}): ExportTable {
  const keys = ["group", "text", "value"];
  return { title: "t", columns: keys.map((key) => ({ key, header: headers[key] ?? key, width: 10 })), rows };
}

describe("toCsv", () => {
  it("quotes a field holding a semicolon, so Dutch Excel keeps it in one cell", () => {
    const csv = toCsv(table([{ group: "Gemeente; Zuid", text: 'a;=HYPERLINK("http://x")', value: 3 }]));
    expect(csv).toContain('"Gemeente; Zuid","a;=HYPERLINK(""http://x"")",3');
    // Read with Dutch Excel's separator, the line stays one cell; unquoted, the formula would have been a cell of its own.
    for (const cell of parseCsv(csv, ";").flat()) expect(couldRunAsFormula(cell), cell).toBe(false);
    expect(parseCsv(csv, ",")[1]).toEqual(["Gemeente; Zuid", 'a;=HYPERLINK("http://x")', "3"]);
  });

  it("quotes quotes, commas, tabs and line breaks as RFC 4180 says", () => {
    const csv = toCsv(table([{ group: 'Zeg "ja"', text: "een, twee\ndrie\tvier", value: null }]));
    expect(parseCsv(csv, ",")[1]).toEqual(['Zeg "ja"', "een, twee\ndrie\tvier", ""]);
  });

  it("neutralises formulas in every field, headers and numbers-as-text included, and keeps real numbers", () => {
    const csv = toCsv(table([{ group: "=1+1", text: "-5", value: -2 }], { value: "@value" }));
    expect(parseCsv(csv, ",")).toEqual([
      ["group", "text", "'@value"],
      ["'=1+1", "'-5", "-2"],
    ]);
  });

  it("writes no cell that could run as a formula, whichever list separator reads it", () => {
    const risky = fc.string({
      unit: fc.constantFrom("=", "+", "-", "@", "\uFF1D", ";", ",", '"', "\t", "\r", "\n", " ", "a"),
    });
    const cell = fc.oneof(risky, fc.integer({ min: 1, max: 5 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(fc.record({ group: risky, text: risky, value: cell }), { maxLength: 5 }), (rows) => {
        const csv = toCsv(table(rows, { group: "=g", text: "+t", value: ";v" }));
        for (const separator of [",", ";"] as const) {
          // A quoted field that is itself a formula-safe string stays whole; unquoted, a separator starts a new cell.
          for (const parsed of parseCsv(csv, separator).flat()) if (couldRunAsFormula(parsed)) return false;
        }
        return true;
      }),
    );
  });
});
