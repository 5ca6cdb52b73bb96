import type PptxGenJS from "pptxgenjs";
import type { DeckSlide, Slide } from "../slides/slide";
import { drawDecisions, drawReview } from "./draw-action-slides";
import { COLOURS, CONTENT_WIDTH, FONT, MARGIN_TOP, MARGIN_X, pt, textHeight, u } from "./layout";
import { type Box, chips, legend, paradoxLine, scoreBars, text } from "./primitives";

/**
 * Draws one slide of the model on a PowerPoint slide, laid out as the
 * workshop lays it out (components/results/workshop-slide.tsx): the same
 * title, texts, figures and charts, top to bottom.
 */
const GAP = u(1.6);
/** A group’s name at the head of a narrow column shrinks to fit, but not below this (in points). */
const MIN_HEADER_POINTS = 10;

function numbered(slide: PptxGenJS.Slide, items: { title?: string; text: string }[], start: number, y: number): number {
  let top = y;
  const numberWidth = u(5);
  items.forEach((item, index) => {
    const box = { x: MARGIN_X + numberWidth, y: top, w: CONTENT_WIDTH - numberWidth };
    text(slide, `${start + index}.`, { x: MARGIN_X, y: top, w: numberWidth }, item.title ? FONT.itemTitle : FONT.body, {
      bold: true,
      colour: COLOURS.title,
    });
    if (item.title) box.y += text(slide, item.title, box, FONT.itemTitle, { bold: true });
    box.y += text(slide, item.text, box, FONT.body);
    top = box.y + u(2.4);
  });
  return top;
}

type Contested = NonNullable<Extract<Slide, { kind: "lens" }>["contested"]>;

/** The statement partners differ on most, on a light panel: its text as worded and each group's mean as worded. */
function contestedPanel(pptx: PptxGenJS, slide: PptxGenJS.Slide, block: Contested, panel: Box): void {
  const inner = { x: panel.x + u(2.5), w: panel.w - u(5) };
  const parts: { content: string; font: number; options: Parameters<typeof text>[4] }[] = [
    { content: block.heading, font: FONT.body, options: { bold: true, colour: COLOURS.title } },
    { content: `‘${block.statement}’`, font: FONT.body, options: { italic: true } },
    ...(block.reversedNote
      ? [{ content: block.reversedNote, font: FONT.note, options: { colour: COLOURS.muted } }]
      : []),
  ];
  const heights = parts.map((part) => textHeight(part.content, part.font, inner.w, part.options?.bold) + u(1.2));
  const chipsHeight = block.figures.length * u(FONT.small * 1.55) + u(1.2);
  const noteHeight = textHeight(block.scaleNote, FONT.note, inner.w);
  const total = u(2.5) + heights.reduce((sum, height) => sum + height, 0) + chipsHeight + noteHeight + u(2.5);
  // The panel first, so that it lies under the texts.
  slide.addShape(pptx.ShapeType.roundRect, {
    x: panel.x,
    y: panel.y,
    w: panel.w,
    h: total,
    fill: { color: COLOURS.panel },
    line: { color: COLOURS.panel },
    rectRadius: 0.08,
  });
  let top = panel.y + u(2.5);
  parts.forEach((part, index) => {
    text(slide, part.content, { ...inner, y: top }, part.font, part.options);
    top += heights[index] ?? 0;
  });
  top += chips(slide, block.figures, { ...inner, y: top }) + u(1.2);
  text(slide, block.scaleNote, { ...inner, y: top }, FONT.note, { colour: COLOURS.muted });
}

export function drawSlide(pptx: PptxGenJS, model: DeckSlide): void {
  const slide = pptx.addSlide();
  slide.background = { color: "FFFFFF" };
  let y = MARGIN_TOP;
  y +=
    text(slide, model.title, { x: MARGIN_X, y, w: CONTENT_WIDTH }, FONT.title, { bold: true, colour: COLOURS.title }) +
    GAP;
  const full = { x: MARGIN_X, w: CONTENT_WIDTH };
  switch (model.kind) {
    case "review":
      drawReview(slide, model, y);
      return;
    case "decisions":
      drawDecisions(slide, model, y);
      return;
    case "title": {
      y += text(slide, model.subtitle, { ...full, y }, FONT.subtitle, { colour: COLOURS.muted }) + GAP;
      const height = u(6.2) * model.bars.length;
      scoreBars(pptx, slide, model.bars, { ...full, y, h: height });
      text(slide, model.scaleNote, { ...full, y: y + height + u(0.5) }, FONT.note, { colour: COLOURS.muted });
      return;
    }
    case "advice":
      numbered(slide, model.items, 1, y);
      return;
    case "lens": {
      y += text(slide, model.question, { ...full, y }, FONT.subtitle, { colour: COLOURS.muted });
      y += text(slide, model.score, { ...full, y }, FONT.score, { bold: true });
      if (model.consensus) y += text(slide, model.consensus, { ...full, y }, FONT.small, { colour: COLOURS.muted });
      y += GAP;
      const half = (CONTENT_WIDTH - u(5)) / 2;
      const barsWidth = model.contested ? half : CONTENT_WIDTH * 0.75;
      const height = u(6.2) * model.bars.length;
      scoreBars(pptx, slide, model.bars, { x: MARGIN_X, y, w: barsWidth, h: height });
      text(slide, model.scaleNote, { x: MARGIN_X, y: y + height + u(0.5), w: barsWidth }, FONT.note, {
        colour: COLOURS.muted,
      });
      if (model.contested) contestedPanel(pptx, slide, model.contested, { x: MARGIN_X + half + u(5), y, w: half });
      return;
    }
    case "paradoxes": {
      y += text(slide, model.lead, { ...full, y }, FONT.note, { colour: COLOURS.muted });
      y += legend(pptx, slide, model.legend, { ...full, y }) + u(0.6);
      for (const line of model.lines) y += paradoxLine(pptx, slide, line, { ...full, y }) + u(1.2);
      return;
    }
    case "problems": {
      y += text(slide, model.lead, { ...full, y }, FONT.note, { colour: COLOURS.muted }) + GAP;
      for (const item of model.items) {
        y += text(slide, `${item.name} · ${item.strength}`, { ...full, y }, FONT.itemTitle, { bold: true });
        for (const line of item.evidence) {
          text(slide, "•", { x: MARGIN_X + u(1), y, w: u(2) }, FONT.small);
          y += text(slide, line, { x: MARGIN_X + u(3), y, w: CONTENT_WIDTH - u(3) }, FONT.small) + u(0.6);
        }
        if (item.firstStep)
          y += text(slide, item.firstStep, { ...full, y }, FONT.small, { bold: true, colour: COLOURS.title });
        y += u(2.4);
      }
      return;
    }
    case "background": {
      // The trust modes take the narrower column, the motives table (a column per group) the wider one.
      const gap = u(5);
      const trustWidth = model.motives.length > 0 ? (CONTENT_WIDTH - gap) * 0.38 : CONTENT_WIDTH * 0.6;
      const motivesWidth = model.trust.length > 0 ? CONTENT_WIDTH - gap - trustWidth : CONTENT_WIDTH;
      const cell = (value: string, options: PptxGenJS.TableCellProps = {}) => ({ text: value, options });
      // Lines under each row only, as on the workshop slide.
      const border: PptxGenJS.TableCellProps["border"] = [
        { type: "none" },
        { type: "none" },
        { type: "solid", pt: 0.75, color: COLOURS.band },
        { type: "none" },
      ];
      const table = {
        fontFace: "Arial",
        color: COLOURS.text,
        border,
        margin: [0.02, 0.06, 0.02, 0.06] as [number, number, number, number],
        valign: "middle" as const,
      };
      // Both tables start on one line, however many lines either heading takes.
      const top =
        y +
        Math.max(
          model.trust.length > 0 ? textHeight(model.trustHeading, FONT.body, trustWidth, true) : 0,
          model.motives.length > 0 ? textHeight(model.motivesHeading, FONT.body, motivesWidth, true) : 0,
        );
      if (model.trust.length > 0) {
        text(slide, model.trustHeading, { x: MARGIN_X, y, w: trustWidth }, FONT.body, {
          bold: true,
          colour: COLOURS.title,
        });
        slide.addTable(
          model.trust.map((entry) => [cell(entry.group), cell(entry.mode, { bold: true, align: "right" })]),
          {
            ...table,
            x: MARGIN_X,
            y: top + u(0.6),
            w: trustWidth,
            colW: [trustWidth * 0.5, trustWidth * 0.5],
            rowH: u(6),
            fontSize: pt(FONT.small),
          },
        );
      }
      if (model.motives.length > 0) {
        const x = model.trust.length > 0 ? MARGIN_X + trustWidth + gap : MARGIN_X;
        text(slide, model.motivesHeading, { x, y, w: motivesWidth }, FONT.body, {
          bold: true,
          colour: COLOURS.title,
        });
        const small = { bold: true, fontSize: pt(2.3) };
        const valueWidth = (motivesWidth * 0.61) / model.groups.length;
        // A group's name wraps at spaces only: its size shrinks until its longest word fits the column (Arial
        // Bold runs about 0.58 em a letter), in whole points, and never below what a room can read.
        const headerSize = (name: string) => {
          const longest = Math.max(...name.split(/\s+/).map((word) => word.length));
          return Math.min(
            pt(2.3),
            Math.max(MIN_HEADER_POINTS, Math.floor(((valueWidth - u(1)) * 72) / (longest * 0.58))),
          );
        };
        const header = [
          cell(""),
          ...model.groups.map((group) => cell(group, { ...small, fontSize: headerSize(group), align: "right" })),
          cell(model.sharedColumn, small),
        ];
        const rows = model.motives.map((motive) => [
          cell(motive.label),
          ...motive.values.map((value) => cell(value, { align: "right" })),
          cell(motive.shared ?? "", { fontSize: pt(2.3) }),
        ]);
        const rowHeight = u(7);
        // Group names wrap at spaces in their narrow columns: the header row is as tall as the longest needs.
        const headerHeight = Math.max(
          rowHeight,
          ...[...model.groups, model.sharedColumn].map((name) => textHeight(name, 2.3, valueWidth - u(1), true) + u(1)),
        );
        slide.addTable([header, ...rows], {
          ...table,
          x,
          y: top + u(0.6),
          w: motivesWidth,
          colW: [motivesWidth * 0.24, ...model.groups.map(() => valueWidth), motivesWidth * 0.15],
          rowH: [headerHeight, ...rows.map(() => rowHeight)],
          fontSize: pt(2.9),
        });
        const below = top + u(0.6) + headerHeight + rowHeight * rows.length + u(1.5);
        text(slide, model.motivesNote, { x, y: below, w: motivesWidth }, FONT.note, { colour: COLOURS.muted });
      }
      return;
    }
    case "agenda":
      numbered(
        slide,
        model.items.map((item) => ({ text: item })),
        model.start,
        y,
      );
      return;
  }
}
