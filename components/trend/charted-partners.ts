import type { LensId } from "@/content";
import type { Trend, TrendStatus } from "@/lib/scoring";
import type { StatusLabels } from "./trend-cell";

export type ChartedPartner = { key: string; name: string; colourIndex: number };
/** A partner the chart leaves out, with why each round shows no figure for it. */
export type UnchartedPartner = { key: string; name: string; statuses: TrendStatus[] };

/**
 * Which partners the trend chart of a lens draws: only those with a figure
 * in at least one round. A partner without any (hidden, no response or not
 * taking part in every round) would stand in the legend without a line, so
 * the page names it beneath the chart with the reason instead. Colours
 * follow a partner's place among all partners, so a partner keeps its colour
 * from one lens to the next.
 */
export function chartedPartners(
  trend: Trend,
  lens: LensId,
): { charted: ChartedPartner[]; uncharted: UnchartedPartner[] } {
  const charted: ChartedPartner[] = [];
  const uncharted: UnchartedPartner[] = [];
  trend.partners.forEach((partner, colourIndex) => {
    const cells = partner.rounds.map((round) => round.lenses[lens]);
    if (cells.some((cell) => cell?.value !== null && cell?.value !== undefined)) {
      charted.push({ key: partner.key, name: partner.name, colourIndex });
    } else {
      uncharted.push({
        key: partner.key,
        name: partner.name,
        statuses: partner.rounds.map((round) => round.lenses[lens]?.status ?? round.status),
      });
    }
  });
  return { charted, uncharted };
}

/** The words for each reason, and how a sentence joins them: "verborgen in elke ronde", "ronde 1: geen respons". */
export type UnchartedWords = {
  status: StatusLabels;
  everyRound: (status: string) => string;
  inRound: (round: number, status: string) => string;
};

/** Why a partner has no line: one reason for every round, or each round's own. */
export function whyUncharted(partner: UnchartedPartner, rounds: readonly number[], words: UnchartedWords): string {
  // A shown group without a figure for this lens: too few of its respondents answered the lens's statements.
  const reasons = partner.statuses.map((status) => words.status[status === "shown" ? "insufficient" : status]);
  const [first] = reasons;
  if (first !== undefined && reasons.every((reason) => reason === first)) return words.everyRound(first);
  return reasons.map((reason, index) => words.inRound(rounds[index] ?? index + 1, reason)).join(", ");
}
