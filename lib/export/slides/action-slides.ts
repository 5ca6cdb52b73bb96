import { findingName } from "../../scoring/actions/finding";
import type { ActionReview, AgreedAction } from "../../scoring/actions/types";
import { dueText, findingText, ownerText, reviewLines } from "../action-lines";
import type { ExportContext } from "../context";
import { chunkForSlides, partTitle } from "./chunk";
import type { ActionSlide, DecisionRow, ReviewItem } from "./slide";

/**
 * How much text a slide holds, in lines of its body text: a slide is split
 * before its items would run off the bottom. The characters per line follow
 * the PowerPoint layout (lib/export/pptx/draw-action-slides.ts): the review's
 * text column at body and small size, and each column of the decisions
 * table at table size.
 */
const REVIEW_LINES = 16;
const REVIEW_CHARS = { description: 68, detail: 82 } as const;
const REVIEW_PER_SLIDE = 4;
const DECISION_LINES = 20;
const DECISION_CHARS: Record<keyof DecisionRow, number> = {
  finding: 32,
  description: 42,
  owner: 16,
  due: 12,
  status: 12,
};
const DECISIONS_PER_SLIDE = 7;
/** Rows to write in when nothing is recorded yet: as many as a meeting usually agrees, with room to type. */
export const BLANK_DECISION_ROWS = 5;

/** Lines a text takes at `perLine` characters a line, its own line breaks included. */
function lineCount(text: string, perLine: number): number {
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/**
 * The review that opens a round's workshop from round 2 on: each action of
 * the previous round with its status, owner and finding, and what changed
 * since in its lens and finding, in the words of the review on screen and in
 * the report (lib/export/action-lines).
 */
export function reviewSlides(context: ExportContext, round: number, reviews: readonly ActionReview[]): ActionSlide[] {
  const { t } = context;
  const title = t("actions.workshopReview", { round: round - 1 });
  const lead = t("actions.reviewLead", { round: round - 1 });
  if (reviews.length === 0) {
    return [{ kind: "review", title, lead, items: [], empty: t("actions.reviewNone", { round: round - 1 }) }];
  }
  const items = reviews.map(
    (review): ReviewItem => ({
      status: review.action.status,
      statusLabel: t(`actions.statuses.${review.action.status}`),
      description: review.action.description,
      detail: actionDetail(review.action, context),
      changes: reviewLines(review, context),
    }),
  );
  const size = (item: ReviewItem) =>
    lineCount(item.description, REVIEW_CHARS.description) +
    lineCount(item.detail, REVIEW_CHARS.detail) +
    item.changes.reduce((sum, line) => sum + lineCount(line, REVIEW_CHARS.detail), 0) +
    // The space between two actions.
    1;
  const chunks = chunkForSlides(items, size, REVIEW_PER_SLIDE, REVIEW_LINES);
  return chunks.map((chunk, index) => ({
    kind: "review",
    title: partTitle(title, index, chunks.length, (values) => t("slides.part", values)),
    lead,
    items: chunk,
    empty: null,
  }));
}

/**
 * The workshop's last slide: the actions agreed on this round so far, as a
 * table (finding, action, owner, due date, status); while there are none, an
 * empty table whose lead says what to note for each agreement.
 */
export function decisionSlides(context: ExportContext, actions: readonly AgreedAction[]): ActionSlide[] {
  const { t, locale } = context;
  const title = t("actions.workshopDecisions");
  const headers: DecisionRow = {
    finding: t("export.actionColumns.finding"),
    description: t("export.actionColumns.description"),
    owner: t("export.actionColumns.owner"),
    due: t("export.actionColumns.dueOn"),
    status: t("export.actionColumns.status"),
  };
  if (actions.length === 0) {
    return [
      { kind: "decisions", title, lead: t("slides.decisionsEmpty"), headers, rows: [], blankRows: BLANK_DECISION_ROWS },
    ];
  }
  const rows = actions.map(
    (action): DecisionRow => ({
      finding: `${t(`actions.findingKinds.${action.finding.kind}`)} · ${findingName(action.finding, locale)}`,
      description: action.description,
      owner: ownerText(action, context),
      due: dueText(action, context) ?? "–",
      status: t(`actions.statuses.${action.status}`),
    }),
  );
  const size = (row: DecisionRow) =>
    Math.max(
      ...(Object.keys(DECISION_CHARS) as (keyof DecisionRow)[]).map((key) => lineCount(row[key], DECISION_CHARS[key])),
    ) +
    // A cell's margins.
    0.5;
  const chunks = chunkForSlides(rows, size, DECISIONS_PER_SLIDE, DECISION_LINES);
  return chunks.map((chunk, index) => ({
    kind: "decisions",
    title: partTitle(title, index, chunks.length, (values) => t("slides.part", values)),
    lead: t("slides.decisionsLead"),
    headers,
    rows: chunk,
    blankRows: 0,
  }));
}

/** "Eigenaar: Gemeente · klaar op 1 mrt 2027 · Over: Invalshoek · Ambitie", as the report lists an action. */
function actionDetail(action: AgreedAction, context: ExportContext): string {
  const { t } = context;
  const due = dueText(action, context);
  return [
    t("actions.ownedBy", { owner: ownerText(action, context) }),
    ...(due ? [t("actions.due", { date: due })] : []),
    findingText(action, context),
  ].join(" · ");
}
