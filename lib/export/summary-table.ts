import type { Locale } from "../../content";
import { groupColumns } from "../scoring/group-columns";
import type { Diagnosis } from "../scoring/types";
import { importanceOnAnswerScale, lensName, motiveLabel, onAnswerScale, paradoxName } from "./labels";
import { prevailingMode } from "./prevailing-mode";
import type { ExportColumn, ExportRow, ExportTable } from "./table";
import type { ExportTranslator } from "./translator";

/**
 * The summary sheet: per lens, paradox and background question, the figure
 * of all respondents and of each group with figures of its own, side by side,
 * as the results' overview and partner pages show them. One block per
 * concept, each under a heading row that names its scale.
 */
export function summaryTable(diagnosis: Diagnosis, locale: Locale, t: ExportTranslator): ExportTable {
  const groups = groupColumns(diagnosis, t("export.groupNames.pool"));
  const columns: ExportColumn[] = [
    { key: "label", header: t("export.summary.item"), width: 72 },
    { key: "overall", header: t("export.groupNames.overall"), width: 16 },
    { key: "band", header: t("export.summary.band"), width: 18 },
    ...groups.map((group, index) => ({
      key: `g${index}`,
      header: group.name,
      width: Math.max(14, group.name.length + 2),
    })),
  ];
  const rows: ExportRow[] = [];
  const headings: number[] = [];
  const heading = (label: string) => {
    headings.push(rows.length);
    rows.push({ label });
  };
  const perGroup = (value: (group: (typeof groups)[number]) => number | string | null | undefined) =>
    Object.fromEntries(groups.map((group, index) => [`g${index}`, value(group) ?? null]));

  rows.push({
    label: t("export.columns.respondents"),
    overall: diagnosis.respondentCount,
    ...perGroup((group) => group.respondents),
  });

  heading(t("export.summary.lenses"));
  for (const lens of diagnosis.lenses) {
    rows.push({
      label: lensName(lens.id, locale),
      overall: lens.score,
      band: lens.band ? t(`export.bands.${lens.band}`) : null,
      ...perGroup((group) => group.lenses[lens.id]),
    });
  }

  heading(t("export.summary.paradoxes"));
  for (const paradox of diagnosis.paradoxes) {
    rows.push({
      label: paradoxName(paradox.id, locale),
      overall: onAnswerScale(paradox.current),
      ...perGroup((group) => onAnswerScale(group.paradoxes[paradox.id] ?? null)),
    });
  }

  const { trustModes, motives } = diagnosis.background;
  if (trustModes || motives.length > 0) {
    heading(t("export.summary.background"));
    if (trustModes) {
      // A group with figures whose people do not favour one mode over the others says so, rather than nothing.
      rows.push({
        label: t("export.summary.trustMode"),
        overall: prevailingMode(trustModes, null, locale, t),
        ...perGroup((group) => prevailingMode(trustModes, group.isPool ? "pool" : group.id, locale, t)),
      });
    }
    for (const motive of motives) {
      rows.push({
        label: t("export.summary.motive", { motive: motiveLabel(motive.id, locale) }),
        overall: importanceOnAnswerScale(motive.importance),
        band:
          motive.isShared === null
            ? null
            : motive.isShared
              ? t("export.summary.shared")
              : t("export.summary.notShared"),
        ...perGroup((group) => importanceOnAnswerScale(motive.groups[group.isPool ? "pool" : group.id])),
      });
    }
  }
  return { title: t("export.sheets.summary"), columns, rows, headings };
}
