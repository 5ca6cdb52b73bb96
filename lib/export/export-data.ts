import { findLens, findParadox, findStatement, type LensId, type Locale, type Variant } from "../../content";
import { type Item, itemsForVariant } from "../instrument/items";
import { roleLabel } from "../instrument/labels";
import type { Diagnosis, GroupResult, PartnerResult } from "../scoring/types";

/**
 * The data files hold exactly what the results show: figures per group (all
 * respondents, each partner with figures of its own, the other partners
 * together, each shown role), comments, and a codebook, all taken from the
 * diagnosis and the published comments. There is no row per respondent: next
 * to figures per partner and per role, rows of individual answers could be
 * matched to those figures and tell who answered what.
 */
export type Cell = string | number | null;
export type ExportColumn = { key: string; header: string; width: number };
export type ExportTable = { title: string; columns: ExportColumn[]; rows: Record<string, Cell>[] };

export type ExportTexts = {
  sheets: { figures: string; groups: string; comments: string; codebook: string; about: string };
  groupKinds: { overall: string; partner: string; pool: string; role: string };
  groupNames: { overall: string; pool: string };
  statuses: Record<PartnerResult["status"], string>;
  kinds: {
    statement: string;
    lens: string;
    "paradox-current": string;
    "paradox-desired": string;
    "paradox-openness": string;
    comment: string;
  };
  itemKinds: Record<Item["kind"], string>;
  scales: Record<Item["kind"], string>;
  current: string;
  desired: string;
  openness: string;
  yes: string;
  no: string;
  columns: {
    groupKind: string;
    group: string;
    respondents: string;
    kind: string;
    itemId: string;
    lens: string;
    text: string;
    reversed: string;
    favourable: string;
    mean: string;
    position: string;
    answers: string;
    dontKnow: string;
    distribution: (value: number) => string;
    status: string;
    submitted: string;
    scale: string;
  };
};

type Group = { kind: keyof ExportTexts["groupKinds"]; name: string; result: GroupResult | null };

function groupsOf(diagnosis: Diagnosis, locale: Locale, texts: ExportTexts): Group[] {
  return [
    { kind: "overall", name: texts.groupNames.overall, result: null },
    ...diagnosis.partners
      .filter((partner) => !partner.suppressed)
      .map((partner): Group => ({ kind: "partner", name: partner.name, result: partner })),
    ...(diagnosis.pool ? [{ kind: "pool" as const, name: texts.groupNames.pool, result: diagnosis.pool }] : []),
    ...diagnosis.roles.map((role): Group => ({ kind: "role", name: roleLabel(role.id, locale), result: role })),
  ];
}

function lensName(id: LensId, locale: Locale): string {
  return findLens(id)?.name[locale] ?? id;
}

function paradoxName(id: string, locale: Locale): string {
  const paradox = findParadox(id);
  return paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : id;
}

/** A paradox position from −1…+1 (as the diagnosis keeps it) back on the answer scale −3…+3. */
function onAnswerScale(position: number | null): number | null {
  return position === null ? null : Math.round(position * 300) / 100;
}

export function figuresTable(diagnosis: Diagnosis, locale: Locale, texts: ExportTexts): ExportTable {
  const c = texts.columns;
  const columns: ExportColumn[] = [
    { key: "groupKind", header: c.groupKind, width: 18 },
    { key: "group", header: c.group, width: 28 },
    { key: "respondents", header: c.respondents, width: 12 },
    { key: "kind", header: c.kind, width: 18 },
    { key: "itemId", header: c.itemId, width: 36 },
    { key: "lens", header: c.lens, width: 22 },
    { key: "text", header: c.text, width: 70 },
    { key: "reversed", header: c.reversed, width: 12 },
    { key: "favourable", header: c.favourable, width: 14 },
    { key: "mean", header: c.mean, width: 14 },
    { key: "position", header: c.position, width: 14 },
    { key: "answers", header: c.answers, width: 10 },
    { key: "dontKnow", header: c.dontKnow, width: 10 },
    ...[1, 2, 3, 4, 5].map((value) => ({ key: `n${value}`, header: c.distribution(value), width: 8 })),
  ];
  const rows: Record<string, Cell>[] = [];
  for (const group of groupsOf(diagnosis, locale, texts)) {
    const base = {
      groupKind: texts.groupKinds[group.kind],
      group: group.name,
      respondents: group.result?.respondents ?? diagnosis.respondentCount,
    };
    for (const lens of diagnosis.lenses) {
      const value = group.result ? group.result.lenses[lens.id] : lens.score;
      if (value === null) continue;
      rows.push({
        ...base,
        kind: texts.kinds.lens,
        itemId: lens.id,
        lens: lensName(lens.id, locale),
        text: lensName(lens.id, locale),
        favourable: value,
      });
    }
    for (const statement of diagnosis.statements) {
      const favourable = group.result ? (group.result.statements[statement.id] ?? null) : statement.score;
      if (favourable === null) continue;
      const content = findStatement(statement.id);
      const isOverall = group.result === null;
      rows.push({
        ...base,
        kind: texts.kinds.statement,
        itemId: statement.id,
        lens: lensName(statement.lensId, locale),
        text: content?.text[locale] ?? statement.id,
        reversed: content?.isReversed ? texts.yes : texts.no,
        favourable,
        mean: group.result ? (group.result.statementMeans[statement.id] ?? null) : statement.mean,
        // Answer counts and distributions exist for all respondents together only.
        ...(isOverall
          ? {
              answers: statement.answerCount,
              dontKnow: statement.dontKnowCount,
              ...Object.fromEntries((statement.distribution ?? []).map((count, index) => [`n${index + 1}`, count])),
            }
          : {}),
      });
    }
    for (const paradox of diagnosis.paradoxes) {
      const current = group.result ? (group.result.paradoxes[paradox.id] ?? null) : paradox.current;
      const name = paradoxName(paradox.id, locale);
      if (current !== null) {
        rows.push({
          ...base,
          kind: texts.kinds["paradox-current"],
          itemId: paradox.id,
          text: name,
          position: onAnswerScale(current),
        });
      }
      if (group.result) continue;
      if (paradox.desired !== null) {
        rows.push({
          ...base,
          kind: texts.kinds["paradox-desired"],
          itemId: paradox.id,
          text: name,
          position: onAnswerScale(paradox.desired),
        });
      }
      if (paradox.openness !== null) {
        rows.push({
          ...base,
          kind: texts.kinds["paradox-openness"],
          itemId: paradox.id,
          text: name,
          favourable: paradox.openness,
        });
      }
    }
  }
  return { title: texts.sheets.figures, columns, rows };
}

export function groupsTable(diagnosis: Diagnosis, locale: Locale, texts: ExportTexts): ExportTable {
  const c = texts.columns;
  const rows: Record<string, Cell>[] = [
    {
      groupKind: texts.groupKinds.overall,
      group: texts.groupNames.overall,
      respondents: diagnosis.respondentCount,
      submitted: diagnosis.submittedCount,
      status: diagnosis.isSuppressed ? texts.statuses["held-back"] : texts.statuses.shown,
    },
    ...diagnosis.partners.map((partner) => ({
      groupKind: texts.groupKinds.partner,
      group: partner.name,
      respondents: partner.status === "shown" ? partner.respondents : null,
      submitted: partner.submitted,
      status: texts.statuses[partner.status],
    })),
    ...(diagnosis.pool
      ? [
          {
            groupKind: texts.groupKinds.pool,
            group: texts.groupNames.pool,
            respondents: diagnosis.pool.respondents,
            submitted: null,
            status: texts.statuses.shown,
          },
        ]
      : []),
    ...diagnosis.roles.map((role) => ({
      groupKind: texts.groupKinds.role,
      group: roleLabel(role.id, locale),
      respondents: role.respondents,
      submitted: null,
      status: texts.statuses.shown,
    })),
  ];
  return {
    title: texts.sheets.groups,
    columns: [
      { key: "groupKind", header: c.groupKind, width: 18 },
      { key: "group", header: c.group, width: 32 },
      { key: "status", header: c.status, width: 40 },
      { key: "respondents", header: c.respondents, width: 14 },
      { key: "submitted", header: c.submitted, width: 14 },
    ],
    rows,
  };
}

export function commentsTable(
  comments: Partial<Record<LensId, string[]>>,
  locale: Locale,
  texts: ExportTexts,
): ExportTable {
  const rows = Object.entries(comments).flatMap(([lensId, texts_]) =>
    (texts_ ?? []).map((text) => ({ lens: lensName(lensId as LensId, locale), text })),
  );
  return {
    title: texts.sheets.comments,
    columns: [
      { key: "lens", header: texts.columns.lens, width: 24 },
      { key: "text", header: texts.columns.text, width: 100 },
    ],
    rows,
  };
}

/** Comments as rows of the figures table, for the one-table CSV: kind "comment", text in the text column. */
export function commentRows(table: ExportTable, comments: ExportTable, texts: ExportTexts): Record<string, Cell>[] {
  return comments.rows.map((row) => ({
    groupKind: texts.groupKinds.overall,
    group: texts.groupNames.overall,
    kind: texts.kinds.comment,
    lens: row.lens ?? null,
    text: row.text ?? null,
    ...Object.fromEntries(
      table.columns
        .filter((column) => !["groupKind", "group", "kind", "lens", "text"].includes(column.key))
        .map((column) => [column.key, null]),
    ),
  }));
}

export function itemText(
  item: Item,
  locale: Locale,
  labels: Pick<ExportTexts, "current" | "desired" | "openness">,
): string {
  switch (item.kind) {
    case "statement":
      return item.statement.text[locale];
    case "paradox-position":
    case "paradox-openness": {
      const poles = `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}`;
      const measure =
        item.kind === "paradox-openness"
          ? labels.openness
          : item.measure === "current"
            ? labels.current
            : labels.desired;
      return `${poles}: ${measure}`;
    }
    case "choice":
      return item.question.question[locale];
    case "importance":
      return item.question.options.find((option) => option.id === item.optionId)?.label[locale] ?? item.id;
  }
}

function groupOf(item: Item, locale: Locale): string {
  switch (item.kind) {
    case "statement":
      return lensName(item.lensId, locale);
    case "paradox-position":
    case "paradox-openness":
      return paradoxName(item.paradox.id, locale);
    default:
      return item.question.id;
  }
}

export function codebookTable(variant: Variant, locale: Locale, texts: ExportTexts): ExportTable {
  const c = texts.columns;
  return {
    title: texts.sheets.codebook,
    columns: [
      { key: "itemId", header: c.itemId, width: 40 },
      { key: "kind", header: c.kind, width: 18 },
      { key: "lens", header: c.lens, width: 36 },
      { key: "text", header: c.text, width: 80 },
      { key: "scale", header: c.scale, width: 50 },
      { key: "reversed", header: c.reversed, width: 12 },
    ],
    rows: itemsForVariant(variant).map((item) => ({
      itemId: item.id,
      kind: texts.itemKinds[item.kind],
      lens: groupOf(item, locale),
      text: itemText(item, locale, texts),
      scale:
        item.kind === "choice"
          ? item.question.options.map((option) => `${option.code} = ${option.label[locale]}`).join("; ")
          : texts.scales[item.kind],
      reversed: item.kind === "statement" ? (item.statement.isReversed ? texts.yes : texts.no) : "",
    })),
  };
}
