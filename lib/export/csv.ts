import type { ExportRow } from "./export-data";
import { neutralise } from "./spreadsheet-safe";

export const CSV_COLUMNS = ["respondent", "partner", "role", "item_id", "item_text", "value"] as const;

function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a UTF-8 byte order mark, so spreadsheet programs read the accents right. An empty value is "don't know". */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const row of rows) {
    lines.push([row.respondent, row.partner, row.role, row.itemId, row.itemText, row.value].map(cell).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
