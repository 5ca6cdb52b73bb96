"use client";

import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import styles from "./trend-chart.module.css";

/** One line: the overall figure, a lens or a partner; `colourIndex` keeps a partner's colour the same on every chart. */
export type TrendSeries = { key: string; name: string; colourIndex: number; isOverall?: boolean; isDashed?: boolean };
/** One point on the horizontal axis: a round, with each series' figure (null where the round shows none). */
export type TrendPoint = { round: string } & Record<string, number | string | null>;

/** The chart's own coordinate space; CSS scales the SVG to its column. */
const WIDTH = 480;
const HEIGHT = 260;

function colour(series: TrendSeries): string {
  return series.isOverall ? OVERALL_COLOUR : seriesColour(series.colourIndex);
}

/**
 * Figures per round as lines on 0–100. A round without a figure for a line
 * (hidden, no response, not taking part) leaves a gap rather than a line
 * drawn through it: the page's table says why. Drawn at a fixed size without
 * animation, with the legend as plain HTML, like the radar (none for a
 * single line).
 */
export function TrendChart({ points, series, label }: { points: TrendPoint[]; series: TrendSeries[]; label: string }) {
  return (
    <figure role="img" aria-label={label} className={styles.chart}>
      <LineChart
        width={WIDTH}
        height={HEIGHT}
        style={{ width: "100%", height: "auto", aspectRatio: `${WIDTH} / ${HEIGHT}` }}
        data={points}
        margin={{ top: 12, right: 24, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke="#d5dbe3" strokeDasharray="3 3" />
        <XAxis dataKey="round" tick={{ fontSize: 16, fill: "#1b2430" }} padding={{ left: 28, right: 28 }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 14, fill: "#4f5b6b" }} width={36} />
        {series.map((entry) => (
          <Line
            key={entry.key}
            name={entry.name}
            dataKey={entry.key}
            stroke={colour(entry)}
            strokeWidth={entry.isOverall ? 3 : 2}
            strokeDasharray={entry.isDashed ? "6 3" : undefined}
            dot={{ r: 4, fill: colour(entry) }}
            connectNulls={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
      </LineChart>
      {/* One line needs no legend: the caption names it. */}
      {series.length > 1 ? (
        <ul className={styles.legend} aria-hidden="true">
          {series.map((entry) => (
            <li key={entry.key}>
              <span
                className={styles.swatch}
                data-dashed={entry.isDashed || undefined}
                style={{ background: entry.isDashed ? undefined : colour(entry), borderColor: colour(entry) }}
              />
              {entry.name}
            </li>
          ))}
        </ul>
      ) : null}
    </figure>
  );
}
