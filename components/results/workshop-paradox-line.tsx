import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import { positionScale, spreadBand } from "@/lib/charts/paradox-scale";
import type { ParadoxLineData } from "@/lib/export/slides/slide";

const WIDTH = 1000;
const LEFT = 14;
const RIGHT = WIDTH - 14;
const x = positionScale(LEFT, RIGHT);

/**
 * A paradox on a workshop slide, drawn as on the results page: the line from
 * pole to pole, the band of the spread, the mean (a larger dark dot), a dot
 * per group and the desired position (a diamond). It scales with the slide.
 */
export function WorkshopParadoxLine({ line, label }: { line: ParadoxLineData; label: string }) {
  return (
    <svg viewBox={`0 0 ${WIDTH} 58`} role="img" aria-label={label}>
      {line.spread !== null ? (
        <rect {...spreadBand(x, line.current, line.spread)} y={14} height={20} fill="#d5dbe3" rx={6} />
      ) : null}
      <line x1={LEFT} y1={24} x2={RIGHT} y2={24} stroke="#8a96a8" strokeWidth={3} />
      <line x1={x(0)} y1={8} x2={x(0)} y2={40} stroke="#8a96a8" strokeWidth={2} strokeDasharray="4 4" />
      <circle cx={x(line.current)} cy={24} r={12} fill={OVERALL_COLOUR} stroke="#fff" strokeWidth={2.5} />
      {/* Partners on top of the mean, so a partner that sits on the mean stays visible. */}
      {line.partners.map((partner) => (
        <circle
          key={partner.name}
          cx={x(partner.position)}
          cy={24}
          r={9}
          fill={seriesColour(partner.colourIndex)}
          stroke="#fff"
          strokeWidth={2}
        />
      ))}
      {line.desired !== null ? (
        <path
          d={`M ${x(line.desired)} 38 l 10 10 l -10 10 l -10 -10 z`}
          fill="#fff"
          stroke={OVERALL_COLOUR}
          strokeWidth={3}
        />
      ) : null}
    </svg>
  );
}
