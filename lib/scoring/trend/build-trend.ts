import type { LensId } from "../../../content";
import { layoutFor } from "../aggregate";
import { computeCore } from "../core";
import { planForInput } from "../disclosure/plan-for-input";
import type { ScanInput } from "../input";
import type { PartnerResult } from "../types";
import { restrictLayout } from "./restrict-layout";
import type { Trend, TrendBasis, TrendCell, TrendPartnerRound, TrendStatementCell, TrendStatus } from "./types";

/**
 * One round as the trend receives it: its input with the results releases
 * already stored (so the disclosure plan is the one its pages show), and for
 * each of its partners the key that identifies the same partner in other
 * rounds.
 */
export type TrendRound = { number: number; input: ScanInput; partnerKeys: ReadonlyMap<string, string> };

/**
 * The trend across rounds. Each round's figures come from that round's own
 * answers through that round's own disclosure plan, on the statements every
 * round asked: no figure combines answers of two rounds, and a group appears
 * in a round only where that round's results show it. So the trend shows no
 * group, and no sum of answers, that the rounds' own pages do not; comparing
 * rounds (round 2 minus round 1) subtracts figures of different answers, which
 * reveals nobody's. The "other partners" pool is left out: its make-up
 * differs from round to round, so its line would compare different groups.
 */
export function buildTrend(rounds: readonly TrendRound[]): Trend {
  const ordered = [...rounds].sort((a, b) => a.number - b.number);
  const layouts = ordered.map((round) => layoutFor(round.input));
  const basis = compareBasis(
    ordered.map((round, index) => ({
      number: round.number,
      input: round.input,
      statementIds: (layouts[index]?.statements ?? []).map((statement) => statement.id),
    })),
  );
  const compared = new Set(basis.statementIds);
  const figures = ordered.map((round, index) => {
    const layout = restrictLayout(layouts[index] ?? layoutFor(round.input), compared);
    const plan = planForInput(round.input);
    return { round, layout, core: computeCore(round.input, layout, plan) };
  });
  const first = figures[0];
  const lensIds: LensId[] = first ? first.layout.lensIds : [];
  const statementLayout = first ? first.layout.statements : [];
  const paradoxIds = first ? first.layout.paradoxes.map((paradox) => paradox.id) : [];

  const overall = (value: number | null, core: (typeof figures)[number]["core"], submitted: number): TrendCell => {
    if (submitted === 0) return { value: null, status: "no-response" };
    if (core.isSuppressed) return { value: null, status: "hidden" };
    return value === null ? { value: null, status: "insufficient" } : { value, status: "shown" };
  };

  return {
    rounds: figures.map(({ round, core }) => ({
      number: round.number,
      variant: round.input.scan.variant,
      instrumentVersion: round.input.instrument.version,
      respondentCount: core.respondentCount,
      submittedCount: round.input.respondents.length,
    })),
    basis,
    lenses: lensIds.map((id) => ({
      id,
      cells: figures.map(({ round, core }) =>
        overall(core.lenses.find((lens) => lens.id === id)?.score ?? null, core, round.input.respondents.length),
      ),
    })),
    statements: statementLayout.map((statement) => ({
      id: statement.id,
      lensId: statement.lensId,
      isReversed: statement.isReversed,
      cells: figures.map(({ round, core }): TrendStatementCell => {
        const result = core.statements.find((entry) => entry.id === statement.id);
        const cell = overall(result?.score ?? null, core, round.input.respondents.length);
        return { ...cell, mean: cell.value === null ? null : (result?.mean ?? null) };
      }),
    })),
    paradoxes: paradoxIds.map((id) => ({
      id,
      cells: figures.map(({ round, core }) =>
        overall(core.paradoxes.find((entry) => entry.id === id)?.current ?? null, core, round.input.respondents.length),
      ),
    })),
    partners: trendPartners(
      figures.map(({ round, core }) => ({ round, partners: core.partners })),
      lensIds,
      statementLayout.map((statement) => statement.id),
    ),
  };
}

/** The statements every round asked, and what each round asked beyond them. */
function compareBasis(rounds: { number: number; input: ScanInput; statementIds: string[] }[]): TrendBasis {
  const [first, ...rest] = rounds;
  const common = (first?.statementIds ?? []).filter((id) => rest.every((round) => round.statementIds.includes(id)));
  const commonSet = new Set(common);
  const leftOut = rounds
    .map((round) => ({ round: round.number, statementIds: round.statementIds.filter((id) => !commonSet.has(id)) }))
    .filter((entry) => entry.statementIds.length > 0);
  return {
    statementIds: common,
    isSameItems: leftOut.length === 0,
    leftOut,
    variantsDiffer: new Set(rounds.map((round) => round.input.scan.variant)).size > 1,
    versionsDiffer: new Set(rounds.map((round) => round.input.instrument.version)).size > 1,
  };
}

const PARTNER_STATUS: Record<PartnerResult["status"], TrendStatus> = {
  shown: "shown",
  pooled: "hidden",
  "held-back": "hidden",
  "no-response": "no-response",
};

/** Each partner through the rounds, by its key; in a round it did not take part in, every cell is "absent". */
function trendPartners(
  rounds: { round: TrendRound; partners: PartnerResult[] }[],
  lensIds: LensId[],
  statementIds: string[],
): Trend["partners"] {
  const order: string[] = [];
  const names = new Map<string, string>();
  for (const { round, partners } of rounds) {
    for (const partner of partners) {
      const key = round.partnerKeys.get(partner.id) ?? partner.id;
      if (!names.has(key)) order.push(key);
      names.set(key, partner.name);
    }
  }
  const cell = (status: TrendStatus, value: number | null): TrendCell =>
    status === "shown" && value === null ? { value: null, status: "insufficient" } : { value, status };
  return order.map((key) => ({
    key,
    name: names.get(key) ?? key,
    rounds: rounds.map(({ round, partners }): TrendPartnerRound => {
      const partner = partners.find((candidate) => (round.partnerKeys.get(candidate.id) ?? candidate.id) === key);
      const status: TrendStatus = partner ? PARTNER_STATUS[partner.status] : "absent";
      const shown = status === "shown";
      return {
        status,
        submitted: partner ? partner.submitted : null,
        lenses: Object.fromEntries(
          lensIds.map((id) => [id, cell(status, shown ? (partner?.lenses[id] ?? null) : null)]),
        ) as Record<LensId, TrendCell>,
        statements: Object.fromEntries(
          statementIds.map((id): [string, TrendStatementCell] => {
            const figure = cell(status, shown ? (partner?.statements[id] ?? null) : null);
            return [id, { ...figure, mean: figure.value === null ? null : (partner?.statementMeans[id] ?? null) }];
          }),
        ),
      };
    }),
  }));
}

/**
 * The change from the round before the last to the last, where both show the
 * figure: of the favourable score, or of another figure of the cells (such
 * as a statement's mean as worded).
 */
export function lastChange<Cell extends TrendCell>(
  cells: readonly Cell[],
  figure: (cell: Cell) => number | null = (cell) => cell.value,
): number | null {
  const last = cells.at(-1);
  const before = cells.at(-2);
  const to = last ? figure(last) : null;
  const from = before ? figure(before) : null;
  if (to === null || from === null) return null;
  return Math.round((to - from) * 100) / 100;
}
