import { AGREEMENT_LIMIT_POINTS, averageDeviation } from "../agreement";
import { clamp01, NEUTRAL, UNFAVOURABLE_BELOW } from "./severity";

/**
 * Signals over groups (interpretation of seed 001 §5.2 on group dynamics and
 * power, and seed 003 on the invisible constituency): one partner against
 * the rest, two camps of partners, executives against the people at the
 * table, partners at opposite poles of a paradox. Each takes published group
 * figures only (favourable 0–100, or positions −1…+1), so a group the
 * disclosure plan hides never enters.
 */
export type GroupFigure = { id: string; name: string; value: number; respondents?: number };

export type GroupOutcome = {
  severity: number;
  /** The figure behind the signal: a gap between groups, or a deviation. */
  value: number;
  /** The groups set against each other: [the lower or first side, the other side]. */
  sides: [GroupFigure[], GroupFigure[]];
};

/** A difference of one step on the 1–5 scale. */
const ONE_STEP = 25;

function mean(figures: readonly GroupFigure[]): number {
  const weight = figures.reduce((sum, figure) => sum + (figure.respondents ?? 1), 0);
  return figures.reduce((sum, figure) => sum + figure.value * (figure.respondents ?? 1), 0) / Math.max(1, weight);
}

function range(figures: readonly GroupFigure[]): number {
  const values = figures.map((figure) => figure.value);
  return values.length > 0 ? Math.max(...values) - Math.min(...values) : 0;
}

/** Partners' means disagree beyond the agreement limit (AD above c/6; see agreement.ts). */
export function partnersApart(partners: readonly GroupFigure[]): GroupOutcome | null {
  const deviation = averageDeviation(partners.map((partner) => partner.value));
  if (deviation === null) return null;
  const sorted = [...partners].sort((a, b) => a.value - b.value);
  const severity = deviation > AGREEMENT_LIMIT_POINTS ? clamp01(deviation / (2 * AGREEMENT_LIMIT_POINTS)) : 0;
  return { severity, value: deviation, sides: [sorted.slice(0, 1), sorted.slice(-1)] };
}

/**
 * One partner clearly unfavourable while every other partner is not, well
 * over a step below the others' mean: something felt by one, not by all. A
 * partner's mean rests on a few people, so one step apart happens by chance
 * in a sizeable network; a step and a quarter rarely does.
 */
const ALONE_GAP = 31.25;
const ALONE_BELOW = UNFAVOURABLE_BELOW;
export function onePartnerLow(partners: readonly GroupFigure[]): GroupOutcome | null {
  if (partners.length < 3) return null;
  const [lowest, ...others] = [...partners].sort((a, b) => a.value - b.value);
  if (!lowest) return null;
  const gap = mean(others) - lowest.value;
  const holds =
    lowest.value < ALONE_BELOW && others.every((partner) => partner.value >= UNFAVOURABLE_BELOW) && gap >= ALONE_GAP;
  return { severity: holds ? clamp01(0.5 + (gap - ALONE_GAP) / 50) : 0, value: gap, sides: [[lowest], others] };
}

/**
 * Partners in two camps of at least two each: the camps' means well over a
 * step apart, a clear break between them (wider than the spread within
 * either camp), one camp unfavourable and the other favourable. A single statement splits partners by chance now and
 * then; the bar is set so that chance rarely clears it.
 */
const CAMP_GAP = 30;
const CAMP_BREAK = 15;
export function camps(partners: readonly GroupFigure[]): GroupOutcome | null {
  if (partners.length < 4) return null;
  const sorted = [...partners].sort((a, b) => a.value - b.value);
  let at = 2;
  for (let candidate = 3; candidate <= sorted.length - 2; candidate++) {
    const gap = (sorted[candidate]?.value ?? 0) - (sorted[candidate - 1]?.value ?? 0);
    if (gap > (sorted[at]?.value ?? 0) - (sorted[at - 1]?.value ?? 0)) at = candidate;
  }
  const lower = sorted.slice(0, at);
  const upper = sorted.slice(at);
  const between = mean(upper) - mean(lower);
  const breakGap = (upper[0]?.value ?? 0) - (lower[lower.length - 1]?.value ?? 0);
  const within = Math.max(range(lower), range(upper));
  const holds =
    between >= CAMP_GAP &&
    breakGap >= CAMP_BREAK &&
    breakGap > within &&
    mean(lower) < UNFAVOURABLE_BELOW &&
    mean(upper) > NEUTRAL;
  return { severity: holds ? clamp01(0.5 + (between - CAMP_GAP) / 50) : 0, value: between, sides: [lower, upper] };
}

/**
 * Executives against the people at the table (managers and those doing the
 * work), in the direction the signal names: e.g. those at the table see no
 * mandate where executives think they gave one.
 */
export function roleGap(
  executives: readonly GroupFigure[],
  atTable: readonly GroupFigure[],
  lower: "table" | "executives",
): GroupOutcome | null {
  if (executives.length === 0 || atTable.length === 0) return null;
  const [low, high] = lower === "table" ? [atTable, executives] : [executives, atTable];
  const gap = mean(high) - mean(low);
  const holds = gap >= ONE_STEP && mean(low) < UNFAVOURABLE_BELOW;
  return {
    severity: holds ? clamp01(0.5 + (gap - ONE_STEP) / (2 * ONE_STEP)) : 0,
    value: gap,
    sides: [[...low], [...high]],
  };
}

/** Partners at opposite sides of a paradox: some well towards pole A, others well towards pole B (−1…+1). */
const TOWARDS_POLE = 0.4;
export function oppositePoles(partners: readonly GroupFigure[]): GroupOutcome | null {
  if (partners.length < 2) return null;
  const towardsA = partners.filter((partner) => partner.value <= -TOWARDS_POLE);
  const towardsB = partners.filter((partner) => partner.value >= TOWARDS_POLE);
  const holds = towardsA.length > 0 && towardsB.length > 0;
  const distance = holds ? mean(towardsB) - mean(towardsA) : 0;
  return {
    severity: holds ? clamp01(0.5 + (distance - 2 * TOWARDS_POLE) / 2) : 0,
    value: distance,
    sides: [towardsA, towardsB],
  };
}
