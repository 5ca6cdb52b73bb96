import ExcelJS from "exceljs";
import { neutralise, withoutControlCharacters } from "./spreadsheet-safe";
import type { Cell, ExportTable } from "./table";

/** Every text cell, headers included, formula-safe and free of characters a workbook cannot hold. */
const text = (value: string) => neutralise(withoutControlCharacters(value));

/** A real number stays a number, so sums and averages work; text is made safe; empty stays empty. */
function cellValue(value: Cell | undefined): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return text(value);
}

/** Sheet names hold at most 31 characters and none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return (
    withoutControlCharacters(title)
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 31) || "Sheet"
  );
}

/** A workbook with a sheet of notes first, then one sheet per table with its header row frozen and its block headings in bold. */
export async function toXlsx(
  tables: readonly ExportTable[],
  about: { title: string; lines: readonly string[] },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samenwerkingsscan";

  const notes = workbook.addWorksheet(sheetName(about.title));
  notes.getColumn(1).width = 120;
  // Each note is a paragraph: wrapped in its cell, so it reads on screen and prints on one page.
  for (const line of about.lines) {
    const row = notes.addRow([text(line)]);
    row.alignment = { wrapText: true, vertical: "top" };
    // Not every spreadsheet program sizes a wrapped row itself: about 110 characters fit a line of the column.
    row.height = 15 * Math.max(1, Math.ceil(line.length / 110));
  }

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: text(column.header),
      key: column.key,
      width: column.width,
    }));
    for (const row of table.rows) {
      sheet.addRow(Object.fromEntries(table.columns.map((column) => [column.key, cellValue(row[column.key])])));
    }
    sheet.getRow(1).font = { bold: true };
    // Row 1 holds the headers: a table's row i is the sheet's row i + 2.
    for (const index of table.headings ?? []) sheet.getRow(index + 2).font = { bold: true };
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
