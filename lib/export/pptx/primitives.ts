import type PptxGenJS from "pptxgenjs";
import { OVERALL_COLOUR, seriesColour } from "../../charts/palette";
import { positionScale, spreadBand } from "../../charts/paradox-scale";
import { TONE_COLOURS } from "../../charts/tone";
import type { LegendEntry, ParadoxLineData, ScoreBar, WordedFigure } from "../slides/slide";
import { COLOURS, FONT, hex, pt, textHeight, u } from "./layout";

/**
 * The drawing pieces the PowerPoint slides share: text that reports its
 * height, favourability bars as a native (editable) bar chart, paradox lines
 * and figure chips as shapes, as the workshop draws them.
 */
export type Box = { x: number; y: number; w: number };
type Slide = PptxGenJS.Slide;

export function text(
  slide: Slide,
  content: string,
  box: Box,
  font: number,
  options: { colour?: string; bold?: boolean; italic?: boolean; align?: "left" | "right" | "center" } = {},
): number {
  const h = textHeight(content, font, box.w, options.bold);
  slide.addText(content, {
    x: box.x,
    y: box.y,
    w: box.w,
    h,
    fontSize: pt(font),
    fontFace: "Arial",
    color: options.colour ?? COLOURS.text,
    bold: options.bold ?? false,
    italic: options.italic ?? false,
    align: options.align ?? "left",
    valign: "top",
    margin: 0,
    lineSpacingMultiple: 1.1,
  });
  return h;
}

/** Favourability bars (0–100) as a bar chart a presenter can restyle: one bar per group, in the group's colour. */
export function scoreBars(pptx: PptxGenJS, slide: Slide, bars: readonly ScoreBar[], box: Box & { h: number }): void {
  const shown = bars.filter((bar): bar is ScoreBar & { value: number } => bar.value !== null);
  if (shown.length === 0) return;
  // A bar chart lists its first category at the bottom: reversed, the order reads top to bottom as on screen.
  const ordered = [...shown].reverse();
  slide.addChart(
    pptx.ChartType.bar,
    [{ name: "", labels: ordered.map((bar) => bar.label), values: ordered.map((bar) => bar.value) }],
    {
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      barDir: "bar",
      chartColors: ordered.map((bar) => hex(bar.colourIndex === null ? OVERALL_COLOUR : seriesColour(bar.colourIndex))),
      valAxisMinVal: 0,
      valAxisMaxVal: 100,
      valAxisHidden: true,
      valGridLine: { style: "none" },
      catAxisLabelFontSize: pt(FONT.small),
      catAxisLabelFontFace: "Arial",
      catAxisLabelColor: COLOURS.text,
      catAxisLineShow: false,
      showValue: true,
      dataLabelFormatCode: "0",
      dataLabelPosition: "outEnd",
      dataLabelFontSize: pt(FONT.small),
      dataLabelFontBold: true,
      dataLabelColor: COLOURS.text,
      barGapWidthPct: 60,
      showLegend: false,
    },
  );
}

/** A statement's figures as worded: a name and a chip whose colour says whether the figure is favourable. */
export function chips(slide: Slide, figures: readonly WordedFigure[], box: Box): number {
  const rowHeight = u(FONT.small * 1.55);
  // As wide as the longest figure needs, so "3,6 · 55% eens" stays on one line.
  const longest = Math.max(...figures.map((figure) => figure.display.length));
  const chipWidth = Math.max(u(10), u(FONT.small) * 0.62 * longest + u(3));
  figures.forEach((figure, index) => {
    const y = box.y + index * rowHeight;
    text(slide, figure.label, { x: box.x, y: y + u(0.5), w: box.w - chipWidth - u(1) }, FONT.small);
    const colours = TONE_COLOURS[figure.tone];
    slide.addText(figure.display, {
      shape: "roundRect",
      rectRadius: 0.5,
      x: box.x + box.w - chipWidth,
      y,
      w: chipWidth,
      h: rowHeight - u(0.6),
      fill: { color: hex(colours.fill) },
      color: hex(colours.text),
      fontSize: pt(FONT.small),
      fontFace: "Arial",
      bold: true,
      align: "center",
      valign: "middle",
      margin: 0,
    });
  });
  return figures.length * rowHeight;
}

export function legend(pptx: PptxGenJS, slide: Slide, entries: readonly LegendEntry[], box: Box): number {
  let x = box.x;
  let y = box.y;
  const size = u(1.8);
  const lineHeight = u(FONT.legend * 1.5);
  for (const entry of entries) {
    const width = size + u(1) + entry.label.length * u(FONT.legend) * 0.52 + u(2.5);
    if (x + width > box.x + box.w) {
      x = box.x;
      y += lineHeight;
    }
    const top = y + (lineHeight - size) / 2 - u(0.4);
    if (entry.mark === "dot") {
      const colour = entry.colourIndex === null ? OVERALL_COLOUR : seriesColour(entry.colourIndex);
      slide.addShape(pptx.ShapeType.ellipse, {
        x,
        y: top,
        w: size,
        h: size,
        fill: { color: hex(colour) },
        line: { color: hex(colour) },
      });
    } else if (entry.mark === "diamond") {
      slide.addShape(pptx.ShapeType.diamond, {
        x,
        y: top,
        w: size,
        h: size,
        fill: { color: "FFFFFF" },
        line: { color: hex(OVERALL_COLOUR), width: 1.5 },
      });
    } else {
      slide.addShape(pptx.ShapeType.roundRect, {
        x,
        y: top,
        w: size * 1.8,
        h: size,
        fill: { color: COLOURS.band },
        line: { color: COLOURS.band },
        rectRadius: 0.2,
      });
    }
    text(
      slide,
      entry.label,
      { x: x + size * (entry.mark === "band" ? 1.8 : 1) + u(0.8), y: y, w: width - size },
      FONT.legend,
      { colour: COLOURS.text },
    );
    x += width + (entry.mark === "band" ? size : 0);
  }
  return y + lineHeight - box.y;
}

/** A paradox line as on the results page: poles, spread band, mean, a dot per group on top, the desired diamond. */
export function paradoxLine(pptx: PptxGenJS, slide: Slide, line: ParadoxLineData, box: Box): number {
  const polesHeight = text(slide, line.poleA, { x: box.x, y: box.y, w: box.w / 2 - u(12) }, FONT.poles, { bold: true });
  text(slide, line.poleB, { x: box.x + box.w / 2 + u(12), y: box.y, w: box.w / 2 - u(12) }, FONT.poles, {
    bold: true,
    align: "right",
  });
  if (line.flags.length > 0) {
    text(slide, line.flags.join(" · "), { x: box.x + box.w / 2 - u(12), y: box.y, w: u(24) }, FONT.poles, {
      bold: true,
      align: "center",
      colour: COLOURS.flag,
    });
  }
  const top = box.y + polesHeight;
  const axisY = top + u(2.2);
  const scale = positionScale(box.x + u(1), box.x + box.w - u(1));
  if (line.spread !== null) {
    const band = spreadBand(scale, line.current, line.spread);
    slide.addShape(pptx.ShapeType.roundRect, {
      x: band.x,
      y: axisY - u(1.2),
      w: band.width,
      h: u(2.4),
      fill: { color: COLOURS.band },
      line: { color: COLOURS.band },
      rectRadius: 0.1,
    });
  }
  slide.addShape(pptx.ShapeType.line, {
    x: box.x + u(1),
    y: axisY,
    w: box.w - u(2),
    h: 0,
    line: { color: COLOURS.line, width: 2 },
  });
  slide.addShape(pptx.ShapeType.line, {
    x: scale(0),
    y: axisY - u(2),
    w: 0,
    h: u(4),
    line: { color: COLOURS.line, width: 1, dashType: "dash" },
  });
  const dot = (position: number, radius: number, colour: string) =>
    slide.addShape(pptx.ShapeType.ellipse, {
      x: scale(position) - radius,
      y: axisY - radius,
      w: radius * 2,
      h: radius * 2,
      fill: { color: hex(colour) },
      line: { color: "FFFFFF", width: 1.5 },
    });
  dot(line.current, u(1.4), OVERALL_COLOUR);
  for (const partner of line.partners) dot(partner.position, u(1.05), seriesColour(partner.colourIndex));
  if (line.desired !== null) {
    slide.addShape(pptx.ShapeType.diamond, {
      x: scale(line.desired) - u(1.1),
      y: axisY + u(1.4),
      w: u(2.2),
      h: u(2.2),
      fill: { color: "FFFFFF" },
      line: { color: hex(OVERALL_COLOUR), width: 1.5 },
    });
  }
  const summaryTop = axisY + u(3.8);
  const summaryHeight = text(slide, line.summary, { x: box.x, y: summaryTop, w: box.w }, 2.6, {
    colour: COLOURS.muted,
    align: "center",
  });
  return summaryTop + summaryHeight - box.y;
}
