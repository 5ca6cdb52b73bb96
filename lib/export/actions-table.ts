import type { Locale } from "../../content";
import { findingName } from "../scoring/actions/finding";
import type { ActionReview, AgreedAction } from "../scoring/actions/types";
import { ownerText } from "./action-lines";
import { lensName } from "./labels";
import type { ExportColumn, ExportRow, ExportTable } from "./table";
import type { ExportTranslator } from "./translator";

/**
 * The agreed actions as a table for the data files: this round's, and from
 * round 2 on the previous round's with what changed since in their lens (the
 * review). Dates as YYYY-MM-DD, so every spreadsheet and tool reads them.
 */
export function actionsTable(
  rounds: { actions: AgreedAction[]; review: ActionReview[] | null },
  locale: Locale,
  t: ExportTranslator,
): ExportTable {
  const columns: ExportColumn[] = [
    { key: "round", header: t("export.actionColumns.round"), width: 8 },
    { key: "description", header: t("export.actionColumns.description"), width: 50 },
    { key: "owner", header: t("export.actionColumns.owner"), width: 24 },
    { key: "dueOn", header: t("export.actionColumns.dueOn"), width: 12 },
    { key: "status", header: t("export.actionColumns.status"), width: 12 },
    { key: "findingKind", header: t("export.actionColumns.findingKind"), width: 12 },
    { key: "finding", header: t("export.actionColumns.finding"), width: 50 },
    { key: "lens", header: t("export.actionColumns.lens"), width: 20 },
    { key: "lensBefore", header: t("export.actionColumns.lensBefore"), width: 12 },
    { key: "lensAfter", header: t("export.actionColumns.lensAfter"), width: 12 },
    { key: "lensChange", header: t("export.actionColumns.lensChange"), width: 12 },
  ];
  const row = (action: AgreedAction, review: ActionReview | null): ExportRow => ({
    round: action.round,
    description: action.description,
    owner: ownerText(action, { locale, t }),
    dueOn: action.dueOn ? action.dueOn.toISOString().slice(0, 10) : null,
    status: t(`actions.statuses.${action.status}`),
    findingKind: t(`actions.findingKinds.${action.finding.kind}`),
    finding: findingName(action.finding, locale),
    lens: action.lensId ? lensName(action.lensId, locale) : null,
    lensBefore: review?.lens?.before.value ?? null,
    lensAfter: review?.lens?.after.value ?? null,
    lensChange: review?.lens?.change ?? null,
  });
  return {
    title: t("export.sheets.actions"),
    columns,
    rows: [
      ...(rounds.review ?? []).map((review) => row(review.action, review)),
      ...rounds.actions.map((a) => row(a, null)),
    ],
  };
}

/** Actions as rows of the long figures table, for the one-table CSV: kind "action", what and who in the text column. */
export function actionRows(columns: readonly ExportColumn[], actions: ExportTable, t: ExportTranslator): ExportRow[] {
  const empty = Object.fromEntries(columns.map((column) => [column.key, null]));
  return actions.rows.map((row) => ({
    ...empty,
    groupKind: t("export.groupKinds.overall"),
    group: t("export.groupNames.overall"),
    kind: t("export.kinds.action"),
    lens: row.lens ?? null,
    text: [row.description, row.owner, row.status, row.dueOn]
      .filter((part) => part !== null && part !== "")
      .join(" · "),
  }));
}
