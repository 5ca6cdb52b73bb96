import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { couldRunAsFormula } from "./spreadsheet-safe";
import type { ExportTable } from "./table";
import { toXlsx } from "./xlsx";

const figures: ExportTable = {
  title: "Cijfers",
  columns: [
    { key: "group", header: "=Groep", width: 20 },
    { key: "text", header: "Tekst", width: 40 },
    { key: "mean", header: "Gemiddelde", width: 10 },
  ],
  rows: [
    { group: '=HYPERLINK("http://x")', text: "-5", mean: 3.5 },
    { group: "Gemeente\u0000 Zuid", text: " \uFF1D1+1", mean: -1 },
    { group: "Provincie", text: null, mean: null },
  ],
};

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe("toXlsx", () => {
  it("writes the notes first, then a sheet per table", async () => {
    const workbook = await readBack(await toXlsx([figures], { title: "Over", lines: ["+ regel een", "regel twee"] }));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Over", "Cijfers"]);
    expect(workbook.getWorksheet("Over")?.getCell("A1").value).toBe("'+ regel een");
  });

  it("neutralises formulas in every text cell, headers included, and keeps real numbers as numbers", async () => {
    const sheet = (await readBack(await toXlsx([figures], { title: "Over", lines: [] }))).getWorksheet("Cijfers");
    const values = (sheet?.getSheetValues() ?? []).slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values).toEqual([
      ["'=Groep", "Tekst", "Gemiddelde"],
      ['\'=HYPERLINK("http://x")', "'-5", 3.5],
      // A control character stored before they were refused would make the file unreadable: it is left out.
      ["Gemeente Zuid", "' \uFF1D1+1", -1],
      ["Provincie"],
    ]);
    for (const cell of values.flat()) if (typeof cell === "string") expect(couldRunAsFormula(cell), cell).toBe(false);
    expect(sheet?.getCell("C2").type).toBe(ExcelJS.ValueType.Number);
  });
});
