import type PptxGenJS from "pptxgenjs";
import type { ActionStatus } from "../../scoring/actions/types";
import type { ActionSlide, DecisionRow } from "../slides/slide";
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, FONT, MARGIN_X, pt, u } from "./layout";
import { text } from "./primitives";

type Review = Extract<ActionSlide, { kind: "review" }>;
type Decisions = Extract<ActionSlide, { kind: "decisions" }>;

const GAP = u(1.6);
/** The status chip's column: wide enough for the longest status on one line ("In progress"). */
const STATUS_WIDTH = u(20);
/** Table text: between the body and the notes, so five columns stay readable from the back of a room. */
const TABLE_FONT = 2.7;
/** Each column's share of the table's width; lib/export/slides/action-slides.ts counts characters per line from them. */
const COLUMN_SHARES: Record<keyof DecisionRow, number> = {
  finding: 0.26,
  description: 0.36,
  owner: 0.15,
  due: 0.11,
  status: 0.12,
};
const COLUMN_ORDER: (keyof DecisionRow)[] = ["finding", "description", "owner", "due", "status"];

/** The status chip's colours, as in the workshop: open and in progress blue, done green, dropped grey. */
const STATUS_COLOURS: Record<ActionStatus, { fill: string; text: string }> = {
  open: { fill: "E7EEF8", text: "143A6B" },
  "in-progress": { fill: "E7EEF8", text: "143A6B" },
  done: { fill: "E3F3EA", text: "1E6B43" },
  dropped: { fill: "ECEFF3", text: "4F5B6B" },
};

/** The previous round's actions, one under the other: a status chip, what it was, who and what about, what changed. */
export function drawReview(slide: PptxGenJS.Slide, model: Review, top: number): void {
  let y =
    top + text(slide, model.lead, { x: MARGIN_X, y: top, w: CONTENT_WIDTH }, FONT.note, { colour: COLOURS.muted });
  y += GAP;
  if (model.empty) {
    text(slide, model.empty, { x: MARGIN_X, y, w: CONTENT_WIDTH }, FONT.body);
    return;
  }
  const x = MARGIN_X + STATUS_WIDTH + u(2);
  const w = CONTENT_WIDTH - STATUS_WIDTH - u(2);
  for (const item of model.items) {
    const colours = STATUS_COLOURS[item.status];
    slide.addText(item.statusLabel, {
      shape: "roundRect",
      rectRadius: 0.5,
      x: MARGIN_X,
      y: y + u(0.3),
      w: STATUS_WIDTH,
      h: u(FONT.small * 1.5),
      fill: { color: colours.fill },
      color: colours.text,
      fontSize: pt(FONT.small * 0.9),
      fontFace: "Arial",
      bold: true,
      align: "center",
      valign: "middle",
      margin: 0,
    });
    y += text(slide, item.description, { x, y, w }, FONT.body, { bold: true });
    y += text(slide, item.detail, { x, y, w }, FONT.small, { colour: COLOURS.muted });
    for (const line of item.changes) {
      text(slide, "•", { x, y, w: u(2) }, FONT.small);
      y += text(slide, line, { x: x + u(3), y, w: w - u(3) }, FONT.small);
    }
    y += u(2.2);
  }
}

/** The decisions as a table with a line under each row; with nothing recorded, empty rows to fill in. */
export function drawDecisions(slide: PptxGenJS.Slide, model: Decisions, top: number): void {
  let y =
    top + text(slide, model.lead, { x: MARGIN_X, y: top, w: CONTENT_WIDTH }, FONT.note, { colour: COLOURS.muted });
  y += GAP;
  const border: PptxGenJS.TableCellProps["border"] = [
    { type: "none" },
    { type: "none" },
    { type: "solid", pt: 0.75, color: COLOURS.line },
    { type: "none" },
  ];
  const cells = (row: DecisionRow, options: PptxGenJS.TableCellProps = {}) =>
    COLUMN_ORDER.map((key) => ({ text: row[key], options }));
  const header = cells(model.headers, { bold: true, color: COLOURS.title, fill: { color: COLOURS.panel } });
  const blank: DecisionRow = { finding: "", description: "", owner: "", due: "", status: "" };
  const rows = [...model.rows.map((row) => cells(row)), ...Array.from({ length: model.blankRows }, () => cells(blank))];
  // Empty rows tall enough to type a sentence into; the others grow with their text.
  const blankHeight = Math.min(u(10), (CONTENT_BOTTOM - y - u(8)) / Math.max(1, model.blankRows));
  slide.addTable([header, ...rows], {
    x: MARGIN_X,
    y,
    w: CONTENT_WIDTH,
    colW: COLUMN_ORDER.map((key) => CONTENT_WIDTH * COLUMN_SHARES[key]),
    rowH: [u(7), ...model.rows.map(() => u(7)), ...Array.from({ length: model.blankRows }, () => blankHeight)],
    fontSize: pt(TABLE_FONT),
    fontFace: "Arial",
    color: COLOURS.text,
    border,
    margin: [0.04, 0.06, 0.04, 0.06],
    valign: "top",
    autoPage: false,
  });
}
