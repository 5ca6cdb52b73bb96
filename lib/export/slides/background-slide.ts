import type { ExportContext } from "../context";
import { motiveLabel } from "../labels";
import { prevailingMode } from "../prevailing-mode";
import type { Slide } from "./slide";

/**
 * The background step (full scan): which trust mode prevails in each group
 * with figures of its own, and how important each motive is to each, so the
 * room sees whether partners share their reasons to collaborate. Left out
 * when the scan did not ask, or nothing can be shown.
 */
export function backgroundSlide({ diagnosis, locale, t, format, columns }: ExportContext): Slide[] {
  const { trustModes, motives } = diagnosis.background;
  const keyOf = (column: (typeof columns)[number]) => (column.isPool ? "pool" : column.id);
  const trust = trustModes
    ? [
        { group: t("results.overall"), mode: prevailingMode(trustModes, null, locale, t) },
        ...columns.map((column) => ({
          group: column.name,
          mode: prevailingMode(trustModes, keyOf(column), locale, t),
        })),
      ]
    : [];
  const shown = motives.filter((motive) => motive.importance !== null);
  if (trust.length === 0 && shown.length === 0) return [];
  const onScale = (importance: number | null | undefined) =>
    importance === null || importance === undefined ? "–" : format(1 + importance / 25, 1);
  return [
    {
      kind: "background",
      title: t("slides.backgroundTitle"),
      trustHeading: t("slides.trustHeading"),
      trust,
      motivesHeading: t("slides.motivesHeading"),
      motivesNote: t("slides.motivesNote"),
      groups: [t("results.overall"), ...columns.map((column) => column.name)],
      sharedColumn: t("slides.sharedColumn"),
      motives: shown.map((motive) => ({
        label: motiveLabel(motive.id, locale),
        values: [onScale(motive.importance), ...columns.map((column) => onScale(motive.groups[keyOf(column)]))],
        shared: motive.isShared === null ? null : motive.isShared ? t("slides.shared") : t("slides.notShared"),
      })),
    },
  ];
}
