import type { Locale } from "../../content";
import { neutralise } from "./spreadsheet-safe";
import type { Cell, ExportTable } from "./table";

/**
 * How a CSV file is written. A spreadsheet reads a CSV by the computer's
 * regional settings: Dutch Excel splits cells on ";" and reads "3,5" as a
 * number, English Excel splits on "," and reads "3.5". Both need a byte
 * order mark to read UTF-8 accents. Analysis tools (R, Python, SPSS) want
 * commas, decimal points and no byte order mark, whatever the language.
 */
export type CsvDialect = { separator: ";" | ","; decimal: "," | "."; hasByteOrderMark: boolean };

export function spreadsheetDialect(locale: Locale): CsvDialect {
  return locale === "nl"
    ? { separator: ";", decimal: ",", hasByteOrderMark: true }
    : { separator: ",", decimal: ".", hasByteOrderMark: true };
}

export const ANALYSIS_DIALECT: CsvDialect = { separator: ",", decimal: ".", hasByteOrderMark: false };

/**
 * One field: a real number as it is (with the dialect's decimal mark), text
 * made formula-safe and quoted when it holds a quote, a line break, a tab, a
 * comma or a semicolon, whichever the separator: a file opened with the other
 * separator must not split a text into a second cell starting with a formula.
 */
function field(value: Cell | undefined, dialect: CsvDialect): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return "";
    return dialect.decimal === "," ? String(value).replace(".", ",") : String(value);
  }
  const safe = neutralise(value);
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row, in the given dialect. */
export function toCsv(table: Pick<ExportTable, "columns" | "rows">, dialect: CsvDialect): string {
  const line = (cells: (Cell | undefined)[]) => cells.map((cell) => field(cell, dialect)).join(dialect.separator);
  const lines = [
    line(table.columns.map((column) => column.header)),
    ...table.rows.map((row) => line(table.columns.map((column) => row[column.key]))),
  ];
  return `${dialect.hasByteOrderMark ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}
