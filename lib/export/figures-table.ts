import type { Locale } from "../../content";
import type { Diagnosis } from "../scoring/types";
import {
  importanceOnAnswerScale,
  isReversedStatement,
  lensName,
  motiveLabel,
  onAnswerScale,
  paradoxName,
  statementText,
  trustModeLabel,
} from "./labels";
import { type PublishedGroup, publishedGroups } from "./published-groups";
import type { ExportColumn, ExportRow, ExportTable } from "./table";
import type { ExportTranslator } from "./translator";

/**
 * The long table of figures: one row per group and figure, exactly what the
 * results show. There is no row per respondent: next to figures per partner
 * and per role, rows of individual answers could be matched to those figures
 * and tell who answered what.
 *
 * Beside a statement's text stand figures that read in the text's own
 * direction: the mean answer on 1–5 as worded and the share agreeing. The
 * favourable score (0–100, negatively worded statements turned round) has a
 * column of its own, named as such, for lenses and statements alike.
 */
export function figuresColumns(t: ExportTranslator): ExportColumn[] {
  return [
    { key: "groupKind", header: t("export.columns.groupKind"), width: 16 },
    { key: "group", header: t("export.columns.group"), width: 28 },
    { key: "respondents", header: t("export.columns.respondents"), width: 12 },
    { key: "kind", header: t("export.columns.kind"), width: 22 },
    { key: "itemId", header: t("export.columns.itemId"), width: 34 },
    { key: "lens", header: t("export.columns.lens"), width: 22 },
    { key: "text", header: t("export.columns.text"), width: 70 },
    { key: "reversed", header: t("export.columns.reversed"), width: 12 },
    { key: "mean", header: t("export.columns.mean"), width: 16 },
    { key: "agree", header: t("export.columns.agree"), width: 12 },
    { key: "favourable", header: t("export.columns.favourable"), width: 16 },
    { key: "position", header: t("export.columns.position"), width: 14 },
    { key: "answers", header: t("export.columns.answers"), width: 10 },
    { key: "dontKnow", header: t("export.columns.dontKnow"), width: 10 },
    ...[1, 2, 3, 4, 5].map((value) => ({
      key: `n${value}`,
      header: t("export.columns.distribution", { value }),
      width: 8,
    })),
    // Measurement quality, for all respondents together: a lens's Cronbach's α, a statement's share of "weet niet".
    { key: "alpha", header: t("export.columns.alpha"), width: 14 },
    { key: "dontKnowShare", header: t("export.columns.dontKnowShare"), width: 12 },
    { key: "dontKnowFlag", header: t("export.columns.dontKnowFlag"), width: 14 },
  ];
}

function lensRows(diagnosis: Diagnosis, group: PublishedGroup, base: ExportRow, locale: Locale, t: ExportTranslator) {
  return diagnosis.lenses.flatMap((lens): ExportRow[] => {
    const value = group.result ? group.result.lenses[lens.id] : lens.score;
    if (value === null || value === undefined) return [];
    const name = lensName(lens.id, locale);
    const alpha = group.result ? null : (diagnosis.quality.lenses.find((entry) => entry.id === lens.id)?.alpha ?? null);
    return [
      { ...base, kind: t("export.kinds.lens"), itemId: lens.id, lens: name, text: name, favourable: value, alpha },
    ];
  });
}

function statementRows(
  diagnosis: Diagnosis,
  group: PublishedGroup,
  base: ExportRow,
  locale: Locale,
  t: ExportTranslator,
) {
  return diagnosis.statements.flatMap((statement): ExportRow[] => {
    const favourable = group.result ? (group.result.statements[statement.id] ?? null) : statement.score;
    if (favourable === null) return [];
    const isReversed = isReversedStatement(statement.id);
    return [
      {
        ...base,
        kind: t("export.kinds.statement"),
        itemId: statement.id,
        lens: lensName(statement.lensId, locale),
        text: statementText(statement.id, locale),
        reversed: isReversed ? t("export.yes") : t("export.no"),
        mean: group.result ? (group.result.statementMeans[statement.id] ?? null) : statement.mean,
        favourable,
        // The share agreeing, answer counts and distributions exist for all respondents together only.
        ...(group.result
          ? {}
          : {
              agree: statement.agreeShare,
              answers: statement.answerCount,
              dontKnow: statement.dontKnowCount,
              ...Object.fromEntries((statement.distribution ?? []).map((count, index) => [`n${index + 1}`, count])),
              ...dontKnowQuality(diagnosis, statement.id, t),
            }),
      },
    ];
  });
}

function dontKnowQuality(diagnosis: Diagnosis, statementId: string, t: ExportTranslator): ExportRow {
  const quality = diagnosis.quality.statements.find((entry) => entry.statementId === statementId);
  return {
    dontKnowShare: quality?.dontKnowShare ?? null,
    dontKnowFlag: quality?.isFlagged ? t("export.yes") : "",
  };
}

function paradoxRows(
  diagnosis: Diagnosis,
  group: PublishedGroup,
  base: ExportRow,
  locale: Locale,
  t: ExportTranslator,
) {
  return diagnosis.paradoxes.flatMap((paradox): ExportRow[] => {
    const current = group.result ? (group.result.paradoxes[paradox.id] ?? null) : paradox.current;
    const row = { ...base, itemId: paradox.id, text: paradoxName(paradox.id, locale) };
    const rows: ExportRow[] = [];
    if (current !== null)
      rows.push({ ...row, kind: t("export.kinds.paradox-current"), position: onAnswerScale(current) });
    // Desired positions and openness exist for all respondents together only.
    if (group.result) return rows;
    if (paradox.desired !== null) {
      rows.push({ ...row, kind: t("export.kinds.paradox-desired"), position: onAnswerScale(paradox.desired) });
    }
    if (paradox.openness !== null) {
      rows.push({ ...row, kind: t("export.kinds.paradox-openness"), favourable: paradox.openness });
    }
    return rows;
  });
}

function backgroundRows(
  diagnosis: Diagnosis,
  group: PublishedGroup,
  base: ExportRow,
  locale: Locale,
  t: ExportTranslator,
) {
  const { trustModes, motives } = diagnosis.background;
  const rows: ExportRow[] = [];
  if (trustModes && group.kind === "overall") {
    // How many chose each trust mode is published for all respondents together only.
    for (const [code, count] of Object.entries(trustModes.counts)) {
      rows.push({
        ...base,
        kind: t("export.kinds.trust-mode"),
        itemId: "context.trust-mode",
        text: trustModeLabel(Number(code), locale),
        answers: count,
      });
    }
  }
  const prevailing = group.kind === "overall" ? trustModes?.prevailing : trustModes?.groups[group.backgroundId ?? ""];
  if (
    trustModes &&
    prevailing !== null &&
    prevailing !== undefined &&
    (group.kind === "overall" || group.backgroundId)
  ) {
    rows.push({
      ...base,
      kind: t("export.kinds.trust-prevailing"),
      itemId: "context.trust-mode",
      text: trustModeLabel(prevailing, locale),
    });
  }
  for (const motive of motives) {
    const importance = group.kind === "overall" ? motive.importance : (motive.groups[group.backgroundId ?? ""] ?? null);
    if (importance === null || (group.kind !== "overall" && !group.backgroundId)) continue;
    rows.push({
      ...base,
      kind: t("export.kinds.motive"),
      itemId: motive.id,
      text: motiveLabel(motive.id, locale),
      mean: importanceOnAnswerScale(importance),
    });
  }
  return rows;
}

export function figuresTable(diagnosis: Diagnosis, locale: Locale, t: ExportTranslator): ExportTable {
  const rows = publishedGroups(diagnosis, locale, t).flatMap((group) => {
    const base: ExportRow = {
      groupKind: t(`export.groupKinds.${group.kind}`),
      group: group.name,
      respondents: group.respondents,
    };
    return [
      ...lensRows(diagnosis, group, base, locale, t),
      ...statementRows(diagnosis, group, base, locale, t),
      ...paradoxRows(diagnosis, group, base, locale, t),
      ...backgroundRows(diagnosis, group, base, locale, t),
    ];
  });
  return { title: t("export.sheets.figures"), columns: figuresColumns(t), rows };
}
