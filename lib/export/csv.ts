import type { Cell, ExportTable } from "./export-data";
import { neutralise } from "./spreadsheet-safe";

/**
 * One field: a real number as it is, text made formula-safe and quoted when
 * it holds a quote, a line break, a tab, a comma or a semicolon (Dutch Excel
 * splits cells on semicolons: unquoted, "a;=1+1" would become a second cell
 * starting with a formula).
 */
function field(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const safe = neutralise(value);
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a header row and a UTF-8 byte order mark, so spreadsheet programs read the accents right. */
export function toCsv(table: Pick<ExportTable, "columns" | "rows">): string {
  const lines = [table.columns.map((column) => field(column.header)).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((column) => field(row[column.key])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
