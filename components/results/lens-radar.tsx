"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from "recharts";
import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import styles from "./results.module.css";

/** `colourIndex`: the partner's place among all partners, so each partner has one colour on every chart. */
export type RadarSeries = { key: string; name: string; isOverall: boolean; colourIndex: number };
export type RadarRow = { lens: string } & Record<string, number | string | null>;

/** The chart's own coordinate space; CSS scales the SVG to the column it sits in. */
const WIDTH = 440;
const HEIGHT = 330;

function radarColour(series: RadarSeries): string {
  return series.isOverall ? OVERALL_COLOUR : seriesColour(series.colourIndex);
}

/**
 * The five lenses as a radar: the overall score and one line per visible
 * partner. Drawn at a fixed size, so the server renders the SVG into the
 * page (it shows before any JavaScript runs and nothing moves when it does),
 * and without recharts' measuring wrappers, which would render it twice more
 * in the browser. The legend is plain HTML beside it; the page shows the same
 * numbers in a table.
 */
export function LensRadar({ rows, series, label }: { rows: RadarRow[]; series: RadarSeries[]; label: string }) {
  return (
    <figure role="img" aria-label={label} className={styles.radar}>
      <RadarChart
        width={WIDTH}
        height={HEIGHT}
        style={{ width: "100%", height: "auto", aspectRatio: `${WIDTH} / ${HEIGHT}` }}
        data={rows}
        outerRadius="68%"
      >
        <PolarGrid />
        <PolarAngleAxis dataKey="lens" tick={{ fontSize: 15, fill: "#1b2430" }} />
        {/* The scale runs up the axis to Ambitie; its "100" would sit on that label, and the outer ring says it anyway. */}
        <PolarRadiusAxis
          domain={[0, 100]}
          tickCount={5}
          angle={90}
          tick={{ fontSize: 11, fill: "#4f5b6b" }}
          tickFormatter={(value: number) => (value >= 100 ? "" : String(value))}
        />
        {series.map((entry) => (
          <Radar
            key={entry.key}
            name={entry.name}
            dataKey={entry.key}
            stroke={radarColour(entry)}
            strokeWidth={entry.isOverall ? 3 : 2}
            strokeDasharray={entry.isOverall ? undefined : "5 3"}
            fill={radarColour(entry)}
            fillOpacity={entry.isOverall ? 0.15 : 0}
            isAnimationActive={false}
          />
        ))}
      </RadarChart>
      <ul className={styles.radarLegend} aria-hidden="true">
        {series.map((entry) => (
          <li key={entry.key}>
            <span
              className={styles.radarSwatch}
              data-overall={entry.isOverall || undefined}
              style={{ borderColor: radarColour(entry) }}
            />
            {entry.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
