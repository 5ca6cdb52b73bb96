import type { LensId, Variant } from "../../../content";

/**
 * What a figure of the trend is in one round:
 * - "shown": the round's results show it;
 * - "insufficient": the group is shown, but too few answered these items for this figure;
 * - "hidden" (verborgen): answers exist, but the anonymity rules keep them out of this group's figures;
 * - "no-response" (geen respons): nobody of this group submitted in this round;
 * - "absent": the partner did not take part in this round (it joined later or left).
 */
export type TrendStatus = "shown" | "insufficient" | "hidden" | "no-response" | "absent";

export type TrendCell = { value: number | null; status: TrendStatus };

/**
 * A statement's figure in a round: `value` is the favourable score (0–100,
 * for the colour: good or bad news), `mean` the mean answer on 1–5 to the
 * statement as worded. Beside the statement's text only `mean` is quoted, so
 * a negatively worded statement never reads upside down.
 */
export type TrendStatementCell = TrendCell & { mean: number | null };

export type TrendRoundInfo = {
  number: number;
  variant: Variant;
  instrumentVersion: number;
  /** Respondents whose answers count in the round's figures, and who submitted. */
  respondentCount: number;
  submittedCount: number;
};

/**
 * Which statements the trend compares: those every round asked. Rounds with
 * another variant or instrument version asked other items; comparing those
 * would compare different questions.
 */
export type TrendBasis = {
  statementIds: string[];
  /** Every round asked exactly the compared statements. */
  isSameItems: boolean;
  /** Per round, the statements it asked that the trend leaves out. */
  leftOut: { round: number; statementIds: string[] }[];
  variantsDiffer: boolean;
  versionsDiffer: boolean;
};

export type TrendPartnerRound = {
  status: TrendStatus;
  /** Respondents of this partner who submitted in the round; null when it did not take part. */
  submitted: number | null;
  lenses: Record<LensId, TrendCell>;
  statements: Record<string, TrendStatementCell>;
};

export type TrendPartner = {
  /** The same partner through the rounds (it carried over from one round to the next). */
  key: string;
  /** Its name in the newest round it took part in. */
  name: string;
  rounds: TrendPartnerRound[];
};

/** Figures across the rounds of a collaboration, each round through its own disclosure plan. */
export type Trend = {
  rounds: TrendRoundInfo[];
  basis: TrendBasis;
  lenses: { id: LensId; cells: TrendCell[] }[];
  statements: { id: string; lensId: LensId; isReversed: boolean; cells: TrendStatementCell[] }[];
  /** Mean current position per paradox, −1 … +1. */
  paradoxes: { id: string; cells: TrendCell[] }[];
  partners: TrendPartner[];
};
