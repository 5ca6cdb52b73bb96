import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import { positionScale, spreadBand } from "@/lib/charts/paradox-scale";

type Marker = { name: string; position: number; colourIndex: number };

type Props = {
  label: string;
  poleA: string;
  poleB: string;
  current: number;
  desired: number | null;
  spread: number | null;
  partners: Marker[];
};

const WIDTH = 600;
const LEFT = 20;
const RIGHT = 580;
const x = positionScale(LEFT, RIGHT);

/**
 * One paradox as a line from pole A (left) to pole B (right): a band for the
 * spread around the mean, a dot per partner, a black dot for the mean and a
 * diamond for where respondents want it to be. Drawn on the server.
 */
export function ParadoxLine({ label, poleA, poleB, current, desired, spread, partners }: Props) {
  return (
    <svg viewBox={`0 0 ${WIDTH} 70`} role="img" aria-label={label} style={{ width: "100%", height: "auto" }}>
      <text x={LEFT} y={12} fontSize="12" fill="#4f5b6b">
        {poleA}
      </text>
      <text x={RIGHT} y={12} fontSize="12" fill="#4f5b6b" textAnchor="end">
        {poleB}
      </text>
      {spread !== null ? <rect {...spreadBand(x, current, spread)} y={30} height={16} fill="#d5dbe3" rx={4} /> : null}
      <line x1={LEFT} y1={38} x2={RIGHT} y2={38} stroke="#8a96a8" strokeWidth={2} />
      <line x1={x(0)} y1={26} x2={x(0)} y2={50} stroke="#8a96a8" strokeDasharray="2 2" />
      {partners.map((partner) => (
        <circle
          key={partner.name}
          cx={x(partner.position)}
          cy={38}
          r={6}
          fill={seriesColour(partner.colourIndex)}
          stroke="#fff"
          strokeWidth={1.5}
        >
          <title>{partner.name}</title>
        </circle>
      ))}
      <circle cx={x(current)} cy={38} r={8} fill={OVERALL_COLOUR} stroke="#fff" strokeWidth={2} />
      {desired !== null ? (
        <path d={`M ${x(desired)} 52 l 7 7 l -7 7 l -7 -7 z`} fill="#fff" stroke={OVERALL_COLOUR} strokeWidth={2} />
      ) : null}
    </svg>
  );
}
