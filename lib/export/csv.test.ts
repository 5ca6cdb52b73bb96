import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANALYSIS_DIALECT, type CsvDialect, spreadsheetDialect, toCsv } from "./csv";
import { couldRunAsFormula } from "./spreadsheet-safe";
import type { Cell, ExportTable } from "./table";
import { parseCsv } from "./testing/parse-csv";

function table(rows: Record<string, Cell>[], headers: Record<string, string> = {}): ExportTable {
  const keys = ["group", "text", "value"];
  return { title: "t", columns: keys.map((key) => ({ key, header: headers[key] ?? key, width: 10 })), rows };
}

const DUTCH = spreadsheetDialect("nl");

describe("toCsv", () => {
  it("writes Dutch Excel's CSV: semicolons, decimal commas and a byte order mark for the accents", () => {
    const csv = toCsv(
      table([{ group: "Gemeente Zuid", text: "Eén partner", value: 3.25 }], { value: "Gemiddeld" }),
      DUTCH,
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe("\uFEFFgroup;text;Gemiddeld\r\nGemeente Zuid;Eén partner;3,25\r\n");
    expect(parseCsv(csv, ";")[1]).toEqual(["Gemeente Zuid", "Eén partner", "3,25"]);
  });

  it("writes English Excel's CSV with commas and decimal points, and a byte order mark", () => {
    const csv = toCsv(table([{ group: "North", text: "x", value: -0.5 }]), spreadsheetDialect("en"));
    expect(csv).toBe("\uFEFFgroup,text,value\r\nNorth,x,-0.5\r\n");
  });

  it("writes the analysis CSV with commas, decimal points and no byte order mark, whatever the language", () => {
    const csv = toCsv(table([{ group: "Gemeente", text: "a", value: 4.5 }]), ANALYSIS_DIALECT);
    expect(csv).toBe("group,text,value\r\nGemeente,a,4.5\r\n");
  });

  it("quotes a field holding a semicolon or a comma, so either Excel keeps it in one cell", () => {
    for (const dialect of [DUTCH, ANALYSIS_DIALECT]) {
      const csv = toCsv(table([{ group: "Gemeente; Zuid", text: 'a;=HYPERLINK("http://x"),b', value: 3 }]), dialect);
      const s = dialect.separator;
      expect(csv).toContain(`"Gemeente; Zuid"${s}"a;=HYPERLINK(""http://x""),b"${s}3`);
      // Read with the other separator, the line still holds no cell that starts a formula.
      for (const separator of [",", ";"] as const) {
        for (const cell of parseCsv(csv, separator).flat()) expect(couldRunAsFormula(cell), cell).toBe(false);
      }
      expect(parseCsv(csv, s)[1]).toEqual(["Gemeente; Zuid", 'a;=HYPERLINK("http://x"),b', "3"]);
    }
  });

  it("quotes quotes, tabs and line breaks as RFC 4180 says", () => {
    const csv = toCsv(table([{ group: 'Zeg "ja"', text: "een, twee\ndrie\tvier", value: null }]), DUTCH);
    expect(parseCsv(csv, ";")[1]).toEqual(['Zeg "ja"', "een, twee\ndrie\tvier", ""]);
  });

  it("neutralises formulas in every field, headers and numbers-as-text included, and keeps real numbers", () => {
    const csv = toCsv(table([{ group: "=1+1", text: "-5", value: -2 }], { value: "@value" }), ANALYSIS_DIALECT);
    expect(parseCsv(csv, ",")).toEqual([
      ["group", "text", "'@value"],
      ["'=1+1", "'-5", "-2"],
    ]);
  });

  it("writes no text cell that could run as a formula, whichever dialect writes it and whichever separator reads it", () => {
    const risky = fc.string({
      unit: fc.constantFrom("=", "+", "-", "@", "\uFF1D", ";", ",", '"', "\t", "\r", "\n", " ", "a"),
    });
    const cell = fc.oneof(risky, fc.integer({ min: 1, max: 5 }), fc.constant(null));
    const dialects: CsvDialect[] = [DUTCH, spreadsheetDialect("en"), ANALYSIS_DIALECT];
    fc.assert(
      fc.property(
        fc.array(fc.record({ group: risky, text: risky, value: cell }), { maxLength: 5 }),
        fc.constantFrom(...dialects),
        (rows, dialect) => {
          const csv = toCsv(table(rows, { group: "=g", text: "+t", value: ";v" }), dialect);
          for (const separator of [",", ";"] as const) {
            // A quoted field that is itself a formula-safe string stays whole; unquoted, a separator starts a new cell.
            for (const parsed of parseCsv(csv, separator).flat()) if (couldRunAsFormula(parsed)) return false;
          }
          return true;
        },
      ),
    );
  });
});
