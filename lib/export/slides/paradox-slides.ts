import { findParadox } from "../../../content";
import type { ParadoxResult } from "../../scoring/types";
import type { ExportContext } from "../context";
import { onAnswerScale } from "../labels";
import { chunkForSlides, partTitle } from "./chunk";
import type { LegendEntry, ParadoxLineData, Slide } from "./slide";

/** Lines per slide: four fit the height of a 16:9 slide with their poles, figures and legend. */
const LINES_PER_SLIDE = 4;

/**
 * The paradoxes that stand out (one-sided or contested), drawn as lines as on
 * the results page: a dot per group, the mean, the desired position and the
 * spread. When none stands out, the four furthest from balance.
 */
export function paradoxSlides(context: ExportContext): Slide[] {
  const { diagnosis, locale, t, position, format, columns } = context;
  const measured = diagnosis.paradoxes.filter(
    (paradox): paradox is ParadoxResult & { current: number } => paradox.current !== null,
  );
  if (measured.length === 0) return [];
  const flagged = measured.filter((paradox) => paradox.isOneSided || paradox.isContested);
  const chosen =
    flagged.length > 0
      ? flagged
      : [...measured].sort((a, b) => Math.abs(b.current) - Math.abs(a.current)).slice(0, LINES_PER_SLIDE);
  const lines = chosen.flatMap((result): ParadoxLineData[] => {
    const paradox = findParadox(result.id);
    if (!paradox) return [];
    const parts = [
      t("slides.paradoxNow", { value: position(onAnswerScale(result.current) ?? 0) }),
      ...(result.desired === null
        ? []
        : [t("slides.paradoxDesired", { value: position(onAnswerScale(result.desired) ?? 0) })]),
      ...(result.openness === null ? [] : [t("slides.paradoxOpenness", { value: format(result.openness) })]),
    ];
    return [
      {
        title: `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}`,
        poleA: paradox.poleA.name[locale],
        poleB: paradox.poleB.name[locale],
        current: result.current,
        desired: result.desired,
        spread: result.spread,
        partners: columns.flatMap((column) => {
          const value = column.paradoxes[result.id];
          return typeof value === "number"
            ? [{ name: column.name, position: value, colourIndex: column.colourIndex }]
            : [];
        }),
        flags: [
          ...(result.isOneSided ? [t("results.oneSided")] : []),
          ...(result.isContested ? [t("results.contested")] : []),
        ],
        summary: parts.join(" · "),
      },
    ];
  });
  const legend: LegendEntry[] = [
    ...columns.map((column): LegendEntry => ({ label: column.name, colourIndex: column.colourIndex, mark: "dot" })),
    { label: t("slides.legendOverall"), colourIndex: null, mark: "dot" },
    ...(lines.some((line) => line.desired !== null)
      ? [{ label: t("slides.legendDesired"), colourIndex: null, mark: "diamond" as const }]
      : []),
    ...(lines.some((line) => line.spread !== null)
      ? [{ label: t("slides.legendSpread"), colourIndex: null, mark: "band" as const }]
      : []),
  ];
  const chunks = chunkForSlides(lines, () => 1, LINES_PER_SLIDE, Number.POSITIVE_INFINITY);
  return chunks.map((chunk, index) => ({
    kind: "paradoxes",
    title: partTitle(t("slides.paradoxTitle"), index, chunks.length, (values) => t("slides.part", values)),
    lead: flagged.length > 0 ? t("slides.paradoxLead") : t("slides.paradoxLeadNone"),
    legend,
    lines: chunk,
  }));
}
