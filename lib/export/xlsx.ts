import ExcelJS from "exceljs";
import type { CodebookRow, ExportRow } from "./export-data";
import { neutralise } from "./spreadsheet-safe";

export type WorkbookTexts = {
  answersSheet: string;
  codebookSheet: string;
  aboutSheet: string;
  columns: { respondent: string; partner: string; role: string; itemId: string; itemText: string; value: string };
  codebookColumns: { itemId: string; kind: string; group: string; text: string; scale: string; reversed: string };
  about: string[];
};

const text = (value: string) => neutralise(value);

/** A workbook with the answers, a codebook describing every item and scale, and a note on the data. */
export async function toXlsx(
  rows: readonly ExportRow[],
  codebookRows: readonly CodebookRow[],
  texts: WorkbookTexts,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Samenwerkingsscan";

  const answers = workbook.addWorksheet(texts.answersSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  answers.columns = [
    { header: texts.columns.respondent, key: "respondent", width: 16 },
    { header: texts.columns.partner, key: "partner", width: 28 },
    { header: texts.columns.role, key: "role", width: 28 },
    { header: texts.columns.itemId, key: "itemId", width: 40 },
    { header: texts.columns.itemText, key: "itemText", width: 80 },
    { header: texts.columns.value, key: "value", width: 10 },
  ];
  for (const row of rows) {
    answers.addRow({
      respondent: text(row.respondent),
      partner: text(row.partner),
      role: text(row.role),
      itemId: text(row.itemId),
      itemText: text(row.itemText),
      value: row.value,
    });
  }
  answers.getRow(1).font = { bold: true };

  const codebook = workbook.addWorksheet(texts.codebookSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  codebook.columns = [
    { header: texts.codebookColumns.itemId, key: "itemId", width: 40 },
    { header: texts.codebookColumns.kind, key: "kind", width: 18 },
    { header: texts.codebookColumns.group, key: "group", width: 36 },
    { header: texts.codebookColumns.text, key: "text", width: 80 },
    { header: texts.codebookColumns.scale, key: "scale", width: 50 },
    { header: texts.codebookColumns.reversed, key: "reversed", width: 12 },
  ];
  for (const row of codebookRows) {
    codebook.addRow(Object.fromEntries(Object.entries(row).map(([key, value]) => [key, text(value)])));
  }
  codebook.getRow(1).font = { bold: true };

  const about = workbook.addWorksheet(texts.aboutSheet);
  about.getColumn(1).width = 120;
  for (const line of texts.about) about.addRow([text(line)]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
