import type { Form, LensId, Phase, Role, Signal, Text, Variant } from "../../content";

/**
 * The diagnosis of one scan. Every number in it respects the anonymity
 * threshold: a figure that rests on fewer answers than the threshold, or that
 * would let someone work out such a figure by subtraction, is `null` and its
 * group is marked suppressed.
 */
export type Band = "strength" | "attention" | "concern";
export type Consensus = "consensus" | "mixed" | "conflict";

/** A figure for one group: null when hidden by the anonymity rules or when nobody answered. */
export type GroupFigure = { score: number | null; answerCount: number | null };

export type LensResult = {
  id: LensId;
  /** 0–100; null when too few respondents have enough answers, or when suppressed. */
  score: number | null;
  band: Band | null;
  status: "scored" | "insufficient" | "suppressed";
  /** Respondents with enough answers on this lens for a lens score of their own. */
  respondentCount: number;
  answerCount: number;
  consensus: Consensus | null;
};

export type StatementResult = {
  id: string;
  lensId: LensId;
  /** Mean on 0–100 where higher is better (reversed statements turned around). */
  score: number | null;
  /** Mean of the raw answers on the 1–5 scale. */
  mean: number | null;
  answerCount: number;
  dontKnowCount: number;
  /** Raw answers 1…5, counted; null when suppressed. */
  distribution: [number, number, number, number, number] | null;
  /** Standard deviation of the scores (0–100). */
  spread: number | null;
  /** Largest difference between two partners' mean scores (0–100). */
  partnerGap: number | null;
  /** Answers fall into two camps: a quarter or more on each side of neutral. */
  isSplit: boolean;
  isContested: boolean;
};

export type ParadoxResult = {
  id: string;
  /** Mean position, −1 (pole A) … +1 (pole B). */
  current: number | null;
  desired: number | null;
  /** desired − current. */
  gap: number | null;
  /** 0–100: how openly the tension is discussed. */
  openness: number | null;
  /** Standard deviation of the current positions. */
  spread: number | null;
  oneSidedness: number | null;
  isOneSided: boolean;
  isContested: boolean;
  answerCount: number;
};

export type FactorResult = {
  id: string;
  kind: "failure-factor" | "success-condition";
  /** risk/ok for failure factors; met/partly/unmet for success conditions. */
  status: "risk" | "ok" | "met" | "partly" | "unmet" | "unknown" | "not-applicable";
  score: number | null;
  statementIds: string[];
};

export type Evidence = {
  signal: Signal;
  /** The figure that fired the signal (a score, a position, a gap). */
  value: number;
  /** Per visible partner, the figure behind the signal where it has one. */
  partners: { partnerId: string; value: number }[];
};

export type ProblemResult = {
  id: string;
  /** 0–1: the weighted share of this problem's signals that fired. */
  strength: number;
  evidence: Evidence[];
  interventions: string[];
};

export type GroupResult = {
  /** Partner id, or the role. */
  id: string;
  name: string;
  respondents: number;
  /** The whole group is below the anonymity threshold: no figures at all. */
  suppressed: boolean;
  /**
   * A small group whose answers are left out of every figure, the overall
   * ones included, because nothing else could keep them anonymous.
   */
  isExcludedFromOverall: boolean;
  lenses: Record<LensId, number | null>;
  statements: Record<string, number | null>;
  paradoxes: Record<string, number | null>;
};

export type ContestedStatement = {
  statementId: string;
  lensId: LensId;
  partnerGap: number | null;
  spread: number | null;
  isSplit: boolean;
  /** Visible partners with the highest and the lowest mean score. */
  highest: { partnerId: string; score: number } | null;
  lowest: { partnerId: string; score: number } | null;
};

export type Advice = {
  kind: "problem" | "lens" | "difference";
  refId: string;
  title: Text;
  reasoning: Text;
};

export type AgendaItem = {
  kind: "contested-statement" | "one-sided-paradox" | "contested-paradox" | "paradox-shift";
  refId: string;
  question: Text;
};

export type Diagnosis = {
  instrument: { id: string; version: number };
  scan: { name: string; form: Form; phase: Phase; variant: Variant; anonymityThreshold: number };
  respondentCount: number;
  isSelfAssessment: boolean;
  /** Fewer respondents than the threshold (and not a self-assessment): nothing is reported. */
  isSuppressed: boolean;
  lenses: LensResult[];
  statements: StatementResult[];
  paradoxes: ParadoxResult[];
  factors: FactorResult[];
  problems: ProblemResult[];
  partners: GroupResult[];
  roles: (GroupResult & { id: Role })[];
  contested: ContestedStatement[];
  advice: Advice[];
  agenda: AgendaItem[];
};

export type RoundComparison = {
  lenses: { id: LensId; previous: number | null; current: number | null; change: number | null }[];
  paradoxes: { id: string; previous: number | null; current: number | null; change: number | null }[];
};
