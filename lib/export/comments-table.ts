import type { LensId, Locale } from "../../content";
import { lensName } from "./labels";
import type { ExportColumn, ExportRow, ExportTable } from "./table";
import type { ExportTranslator } from "./translator";

/**
 * Respondents' comments as the results show them: only those the disclosure
 * plan publishes (lib/scoring/disclosure/publishable-comments), per lens, in
 * alphabetical order, without names or partners.
 */
export type PublishedComments = Partial<Record<LensId, string[]>>;

export function commentsTable(comments: PublishedComments, locale: Locale, t: ExportTranslator): ExportTable {
  const rows = Object.entries(comments).flatMap(([lensId, texts]) =>
    (texts ?? []).map((text) => ({ lens: lensName(lensId as LensId, locale), text })),
  );
  return {
    title: t("export.sheets.comments"),
    columns: [
      { key: "lens", header: t("export.columns.lens"), width: 24 },
      { key: "text", header: t("export.columns.comment"), width: 100 },
    ],
    rows,
  };
}

/** Comments as rows of the long figures table, for the one-table CSV: kind "comment", the text in the text column. */
export function commentRows(columns: readonly ExportColumn[], comments: ExportTable, t: ExportTranslator): ExportRow[] {
  const empty = Object.fromEntries(columns.map((column) => [column.key, null]));
  return comments.rows.map((row) => ({
    ...empty,
    groupKind: t("export.groupKinds.overall"),
    group: t("export.groupNames.overall"),
    kind: t("export.kinds.comment"),
    lens: row.lens ?? null,
    text: row.text ?? null,
  }));
}
