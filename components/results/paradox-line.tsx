import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import { positionScale, spreadBand } from "@/lib/charts/paradox-scale";
import styles from "./results.module.css";

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

/* A coordinate space narrow enough that the marks stay visible on a phone; CSS caps its width on a desktop. */
const WIDTH = 520;
const LEFT = 14;
const RIGHT = 506;
const LINE_Y = 20;
const x = positionScale(LEFT, RIGHT);

/**
 * One paradox as a line from pole A (left) to pole B (right): a band for the
 * spread around the mean, a dot per partner, a black dot for the mean and a
 * diamond for where respondents want it to be. Drawn on the server. The pole
 * names are text above the line, so they stay legible at any width.
 */
export function ParadoxLine({ label, poleA, poleB, current, desired, spread, partners }: Props) {
  return (
    <div className={styles.paradoxLine}>
      <div className={styles.paradoxPoles} aria-hidden="true">
        <span>{poleA}</span>
        <span>{poleB}</span>
      </div>
      <svg viewBox={`0 0 ${WIDTH} 48`} role="img" aria-label={label}>
        {spread !== null ? (
          <rect {...spreadBand(x, current, spread)} y={LINE_Y - 9} height={18} fill="#d5dbe3" rx={4} />
        ) : null}
        <line x1={LEFT} y1={LINE_Y} x2={RIGHT} y2={LINE_Y} stroke="#8a96a8" strokeWidth={2} />
        <line x1={x(0)} y1={LINE_Y - 13} x2={x(0)} y2={LINE_Y + 13} stroke="#8a96a8" strokeDasharray="2 2" />
        {partners.map((partner) => (
          <circle
            key={partner.name}
            cx={x(partner.position)}
            cy={LINE_Y}
            r={7}
            fill={seriesColour(partner.colourIndex)}
            stroke="#fff"
            strokeWidth={1.5}
          >
            <title>{partner.name}</title>
          </circle>
        ))}
        <circle cx={x(current)} cy={LINE_Y} r={9} fill={OVERALL_COLOUR} stroke="#fff" strokeWidth={2} />
        {desired !== null ? (
          <path
            d={`M ${x(desired)} ${LINE_Y + 13} l 7 7 l -7 7 l -7 -7 z`}
            fill="#fff"
            stroke={OVERALL_COLOUR}
            strokeWidth={2}
          />
        ) : null}
      </svg>
    </div>
  );
}
