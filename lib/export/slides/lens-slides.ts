import { findLens } from "../../../content";
import { toneFor } from "../../charts/palette";
import type { ExportContext } from "../context";
import { isReversedStatement, lensName, statementText } from "../labels";
import { wordedValue } from "../worded-figure";
import type { Slide, WordedFigure } from "./slide";

/**
 * A slide per lens: its score and band, the score of each group with figures
 * of its own (bars labelled as favourability), how much partners agree, and
 * the statement they differ on most, with each group's mean answer as worded.
 */
export function lensSlides(context: ExportContext): Slide[] {
  const { diagnosis, locale, t, format, columns } = context;
  return diagnosis.lenses.map((lens): Slide => {
    const contested = diagnosis.contested.find((entry) => entry.lensId === lens.id);
    const statement = contested ? diagnosis.statements.find((entry) => entry.id === contested.statementId) : undefined;
    let contestedBlock: Extract<Slide, { kind: "lens" }>["contested"] = null;
    if (contested && statement && statement.score !== null && statement.mean !== null) {
      const isReversed = isReversedStatement(statement.id);
      const overall: WordedFigure = {
        label: t("results.overall"),
        display: `${format(statement.mean, 1)}${
          statement.agreeShare === null ? "" : ` · ${t("slides.agreeShare", { value: statement.agreeShare })}`
        }`,
        tone: toneFor(statement.score),
      };
      const groups = columns.flatMap((column): WordedFigure[] => {
        const value = wordedValue(column.statements[statement.id], column.statementMeans[statement.id], isReversed);
        return value ? [{ label: column.name, display: format(value.mean, 1), tone: value.tone }] : [];
      });
      contestedBlock = {
        heading: t("slides.contestedHeading"),
        statement: statementText(statement.id, locale),
        reversedNote: isReversed ? t("slides.reversedNote") : null,
        figures: [overall, ...groups],
        scaleNote: t("slides.wordedScale"),
      };
    }
    return {
      kind: "lens",
      title: lensName(lens.id, locale),
      question: findLens(lens.id)?.leadingQuestion[locale] ?? "",
      score:
        lens.score === null
          ? t("results.band.insufficient")
          : `${t("results.score", { score: lens.score })} · ${t(`results.band.${lens.band ?? "insufficient"}`)}`,
      bars: [
        {
          label: t("results.overall"),
          value: lens.score,
          display: lens.score === null ? "–" : format(lens.score),
          colourIndex: null,
        },
        ...columns.map((column) => {
          const value = column.lenses[lens.id] ?? null;
          return {
            label: column.name,
            value,
            display: value === null ? "–" : format(value),
            colourIndex: column.colourIndex,
          };
        }),
      ],
      scaleNote: t("slides.lensScale"),
      consensus: lens.consensus ? t(`results.consensus.${lens.consensus}`) : null,
      contested: contestedBlock,
    };
  });
}
