"use client";

import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";

/** `colourIndex`: the partner's place among all partners, so each partner has one colour on every chart. */
export type RadarSeries = { key: string; name: string; isOverall: boolean; colourIndex: number };
export type RadarRow = { lens: string } & Record<string, number | string | null>;

/**
 * The five lenses as a radar: the overall score and one line per visible
 * partner. The page shows the same numbers in a table beside it.
 */
export function LensRadar({ rows, series, label }: { rows: RadarRow[]; series: RadarSeries[]; label: string }) {
  return (
    <figure role="img" aria-label={label} style={{ width: "100%", height: 360, margin: 0 }}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={rows} outerRadius="70%">
          <PolarGrid />
          <PolarAngleAxis dataKey="lens" tick={{ fontSize: 12, fill: "#1b2430" }} />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tick={{ fontSize: 10, fill: "#4f5b6b" }} />
          {series.map((entry) => {
            const colour = entry.isOverall ? OVERALL_COLOUR : seriesColour(entry.colourIndex);
            return (
              <Radar
                key={entry.key}
                name={entry.name}
                dataKey={entry.key}
                stroke={colour}
                strokeWidth={entry.isOverall ? 3 : 2}
                strokeDasharray={entry.isOverall ? undefined : "5 3"}
                fill={colour}
                fillOpacity={entry.isOverall ? 0.15 : 0}
                isAnimationActive={false}
              />
            );
          })}
          <Legend wrapperStyle={{ fontSize: 13 }} />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
