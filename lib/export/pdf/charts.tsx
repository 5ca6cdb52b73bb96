import { Circle, G, Line, Path, Polygon, Rect, Svg, Text } from "@react-pdf/renderer";
import { OVERALL_COLOUR, seriesColour } from "../../charts/palette";
import { positionScale, spreadBand } from "../../charts/paradox-scale";
import { REPORT_FONT } from "./fonts";

/** Vector charts for the report, drawn with react-pdf's SVG primitives (not recharts, which needs a browser). */
export type RadarSeries = { name: string; values: (number | null)[]; colourIndex: number | null };

const SIZE = 260;
const CENTRE = SIZE / 2;
const RADIUS = 88;

function point(index: number, count: number, value: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const distance = (value / 100) * RADIUS;
  return [CENTRE + distance * Math.cos(angle), CENTRE + distance * Math.sin(angle)];
}

export function RadarChart({ labels, series }: { labels: string[]; series: RadarSeries[] }) {
  const count = labels.length;
  const ring = (value: number) =>
    labels
      .map((_, index) =>
        point(index, count, value)
          .map((n) => n.toFixed(1))
          .join(","),
      )
      .join(" ");
  return (
    <Svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`}>
      {[25, 50, 75, 100].map((value) => (
        <Polygon key={value} points={ring(value)} stroke="#c8ced8" strokeWidth={0.6} fill="none" />
      ))}
      {labels.map((label, index) => {
        const [x, y] = point(index, count, 100);
        const [lx, ly] = point(index, count, 122);
        return (
          <G key={label}>
            <Line x1={CENTRE} y1={CENTRE} x2={x} y2={y} stroke="#c8ced8" strokeWidth={0.6} />
            <Text x={lx} y={ly + 3} style={{ fontSize: 8, fontFamily: REPORT_FONT }} textAnchor="middle" fill="#1b2430">
              {label}
            </Text>
          </G>
        );
      })}
      {series.map((entry) => {
        if (entry.values.some((value) => value === null)) return null;
        const points = entry.values
          .map((value, index) =>
            point(index, count, value ?? 0)
              .map((n) => n.toFixed(1))
              .join(","),
          )
          .join(" ");
        const colour = entry.colourIndex === null ? OVERALL_COLOUR : seriesColour(entry.colourIndex);
        return (
          <Polygon
            key={entry.name}
            points={points}
            stroke={colour}
            strokeWidth={entry.colourIndex === null ? 2 : 1.2}
            strokeDasharray={entry.colourIndex === null ? undefined : "3 2"}
            fill={entry.colourIndex === null ? colour : "none"}
            fillOpacity={entry.colourIndex === null ? 0.12 : 0}
          />
        );
      })}
    </Svg>
  );
}

const LINE_WIDTH = 480;
const x = positionScale(10, LINE_WIDTH - 10);

export function ParadoxLine(props: {
  current: number;
  desired: number | null;
  spread: number | null;
  partners: { position: number; colourIndex: number }[];
}) {
  const { current, desired, spread, partners } = props;
  return (
    <Svg width={LINE_WIDTH} height={34} viewBox={`0 0 ${LINE_WIDTH} 34`}>
      {spread !== null ? <Rect {...spreadBand(x, current, spread)} y={9} height={12} fill="#dde2e9" /> : null}
      <Line x1={10} y1={15} x2={LINE_WIDTH - 10} y2={15} stroke="#8a96a8" strokeWidth={1.2} />
      <Line x1={x(0)} y1={6} x2={x(0)} y2={24} stroke="#8a96a8" strokeWidth={0.6} strokeDasharray="2 2" />
      <Circle cx={x(current)} cy={15} r={5} fill={OVERALL_COLOUR} />
      {/* Partners on top of the mean, so a partner that sits on the mean stays visible. */}
      {partners.map((partner) => (
        <Circle
          key={`${partner.colourIndex}`}
          cx={x(partner.position)}
          cy={15}
          r={3.5}
          fill={seriesColour(partner.colourIndex)}
          stroke="#ffffff"
          strokeWidth={0.8}
        />
      ))}
      {desired !== null ? (
        <Path d={`M ${x(desired)} 22 l 5 5 l -5 5 l -5 -5 z`} fill="#ffffff" stroke={OVERALL_COLOUR} strokeWidth={1} />
      ) : null}
    </Svg>
  );
}
