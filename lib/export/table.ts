/**
 * A table as the data files hold it: columns with a header in the reader's
 * language and a width for spreadsheets, rows keyed by column. Rows listed in
 * `headings` start a block (the summary sheet) and are shown in bold.
 */
export type Cell = string | number | null;
export type ExportColumn = { key: string; header: string; width: number };
export type ExportRow = Record<string, Cell>;
export type ExportTable = { title: string; columns: ExportColumn[]; rows: ExportRow[]; headings?: readonly number[] };
