import "server-only";
import type { Locale } from "../../../content";
import { actionRows, actionsTable } from "../../export/actions-table";
import { codebookTable } from "../../export/codebook-table";
import { commentRows, commentsTable } from "../../export/comments-table";
import { ANALYSIS_DIALECT, spreadsheetDialect, toCsv } from "../../export/csv";
import { figuresTable } from "../../export/figures-table";
import { groupsTable } from "../../export/groups-table";
import { toJson } from "../../export/json";
import { summaryTable } from "../../export/summary-table";
import { exportTranslator, localeTag } from "../../export/translator";
import { toXlsx } from "../../export/xlsx";
import type { RoundChoice } from "../collaboration/access";
import { getResults } from "./get-results";

/**
 * The data files of a scan, in the language the person reads the results in:
 * the same figures and comments the results pages show, as CSV (one long
 * table: for a spreadsheet in the reader's regional style, or for analysis
 * tools), XLSX (notes, summary, figures, groups, comments, codebook) or JSON
 * (the diagnosis itself, with a codebook). Each returns the file's bytes,
 * type and name.
 */
export type ExportFile = { body: string | Buffer; contentType: string; filename: string };
export type DataFormat = "csv" | "csv-analysis" | "xlsx" | "json";

export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "samenwerkingsscan";
}

export async function exportData(
  managementToken: string,
  format: DataFormat,
  locale: Locale,
  round: RoundChoice = "latest",
): Promise<ExportFile> {
  const { scan, diagnosis, comments, change, review, actions } = await getResults(managementToken, round);
  const slug = fileSlug(scan.name);
  const t = exportTranslator(locale);
  const rounds = { round: scan.round, change, review, actions };
  const actionTable = actionsTable(rounds, locale, t);
  if (format === "json") {
    return {
      body: toJson({ scanName: scan.name, diagnosis, comments, rounds }, locale, t, new Date()),
      contentType: "application/json; charset=utf-8",
      filename: `${slug}.json`,
    };
  }
  const figures = figuresTable(diagnosis, locale, t);
  const commentTable = commentsTable(comments, locale, t);
  if (format === "csv" || format === "csv-analysis") {
    const table = {
      ...figures,
      rows: [
        ...figures.rows,
        ...commentRows(figures.columns, commentTable, t),
        ...actionRows(figures.columns, actionTable, t),
      ],
    };
    const isAnalysis = format === "csv-analysis";
    return {
      body: toCsv(table, isAnalysis ? ANALYSIS_DIALECT : spreadsheetDialect(locale)),
      contentType: "text/csv; charset=utf-8",
      filename: isAnalysis ? `${slug}-${t("export.analysisFileSuffix")}.csv` : `${slug}.csv`,
    };
  }
  const date = new Intl.DateTimeFormat(localeTag(locale), { dateStyle: "long" }).format(new Date());
  const body = await toXlsx(
    [
      summaryTable(diagnosis, locale, t),
      figures,
      groupsTable(diagnosis, locale, t),
      commentTable,
      actionTable,
      codebookTable(diagnosis.scan.variant, diagnosis.instrument.version, locale, t),
    ],
    {
      title: t("export.sheets.about"),
      lines: (["1", "2", "3", "4", "5"] as const).map((index) =>
        t(`export.about.${index}`, { scan: scan.name, date, threshold: diagnosis.threshold }),
      ),
    },
  );
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `${slug}.xlsx`,
  };
}
