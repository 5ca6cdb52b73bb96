import type { Form, LensId, Phase, Role, Signal, Text, Variant } from "../../content";
import type { ReportingMode } from "./disclosure/types";

/**
 * The diagnosis of one scan. Every number in it comes from the answers the
 * disclosure plan releases (lib/scoring/disclosure): a group without figures
 * of its own has `null` figures and is marked suppressed.
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
  /** Mean answer on the 1–5 scale as the statement is worded (5 = fully agree with its text). */
  mean: number | null;
  /** Share of answers (0–100) that agree with the statement as worded (4 or 5). */
  agreeShare: number | null;
  answerCount: number;
  dontKnowCount: number;
  /** Raw answers 1…5, counted; null when suppressed. */
  distribution: [number, number, number, number, number] | null;
  /** Standard deviation of the scores (0–100). */
  spread: number | null;
  /** Largest difference between two partners' mean scores (0–100). */
  partnerGap: number | null;
  /** Average deviation of the partners' mean scores (0–100); beyond 20.8 (c/6) they do not agree. */
  partnerDeviation: number | null;
  /** Answers fall into two camps: beyond the agreement limit (AD above 5/6), a quarter or more on each side of neutral. */
  isSplit: boolean;
  /** Partners differ (partnerDeviation beyond the limit) or answers fall into two camps. */
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
  /** Average deviation of the partners' mean positions (−1…+1); beyond 0.39 (c/6 on −3…+3) partners differ. */
  partnerDeviation: number | null;
  /** People fall into two camps: beyond the agreement limit, a quarter or more towards each pole. */
  isSplit: boolean;
  /** Partners differ (partnerDeviation beyond the limit) or people are split. */
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
  /** Core evidence carries the problem; supporting evidence makes it more likely; counter evidence less. */
  role: "core" | "supporting" | "counter";
  /** 0–1: how strongly the signal holds (distance from neutral, share of partners). */
  severity: number;
  /** The figure behind the signal: a score, a position, a deviation, a gap or a share. */
  value: number;
  /** Partners with their figure (favourable 0–100 or position), where the signal rests on partners. */
  partners: { partnerId: string; value: number }[];
  /** What carries this evidence, in words: statements by their text, figures as worded. */
  text: Text;
  /** For counter evidence: why it argues against the problem, in a few words. */
  reason?: Text;
};

export type ProblemResult = {
  id: string;
  /** 0–1: how severe and how well supported; "clear" from 0.5, "possible" from 0.25. */
  strength: number;
  confidence: "clear" | "possible";
  /** Core and supporting evidence that holds, strongest first. */
  evidence: Evidence[];
  /** Counter-indications that hold. */
  counterEvidence: Evidence[];
  /** Look-alike problems not reported because this one is better supported, and why. */
  lessLikely: { problemId: string; reason: Text }[];
  /** The diagnosis in words, naming what carries it. */
  reasoning: Text;
  interventions: string[];
};

export type GroupResult = {
  /** Partner id, the role, or "pool" for the other partners together. */
  id: string;
  name: string;
  /** Respondents whose answers count in this group's figures. */
  respondents: number;
  /** The group has no figures of its own. */
  suppressed: boolean;
  lenses: Record<LensId, number | null>;
  /** Per statement, the favourable score (0–100). */
  statements: Record<string, number | null>;
  /** Per statement, the mean answer on 1–5 as the statement is worded. */
  statementMeans: Record<string, number | null>;
  paradoxes: Record<string, number | null>;
};

/**
 * A partner and why it does or does not have figures of its own:
 * - "shown": its own figures;
 * - "pooled": too few respondents on its own; its answers count among "other partners";
 * - "held-back": its answers are not shown yet (too few, or too few new ones since the last results);
 * - "no-response": nobody of this partner has submitted.
 */
export type PartnerResult = GroupResult & {
  status: "shown" | "pooled" | "held-back" | "no-response";
  /** Respondents of this partner who submitted, shown or not. */
  submitted: number;
};

export type ContestedStatement = {
  statementId: string;
  lensId: LensId;
  partnerGap: number | null;
  spread: number | null;
  isSplit: boolean;
  /** The partners' means disagree by the agreement statistic (else only people are split). */
  partnersDiffer: boolean;
  /**
   * Visible partners with the highest and the lowest favourable score (0–100),
   * each with its mean answer on 1–5 to the statement as worded: beside the
   * statement's text, quote the mean, never the favourable score.
   */
  highest: { partnerId: string; score: number; mean: number } | null;
  lowest: { partnerId: string; score: number; mean: number } | null;
};

export type Advice = {
  kind: "problem" | "lens" | "difference";
  refId: string;
  title: Text;
  reasoning: Text;
};

export type AgendaItem = {
  kind: "contested-statement" | "role-difference" | "one-sided-paradox" | "contested-paradox" | "paradox-shift";
  refId: string;
  question: Text;
};

/**
 * How far the figures can be trusted (see quality.ts): per lens Cronbach's α
 * when at least `minRespondentsForAlpha` respondents count (null otherwise),
 * per statement the share of "weet niet" (0–100) and whether too many could
 * not judge it.
 */
export type MeasurementQuality = {
  minRespondentsForAlpha: number;
  lenses: { id: LensId; alpha: number | null; respondents: number; statements: number }[];
  statements: { statementId: string; dontKnowShare: number | null; isFlagged: boolean }[];
};

export type Diagnosis = {
  instrument: { id: string; version: number };
  scan: {
    name: string;
    form: Form;
    phase: Phase;
    variant: Variant;
    anonymityThreshold: number;
    reportingMode: ReportingMode;
  };
  /** Respondents whose answers count in the figures. */
  respondentCount: number;
  /** Respondents who submitted, including those whose answers are held back. */
  submittedCount: number;
  reportingMode: ReportingMode;
  /** Chosen when the scan was created: one person answers for themselves and sees their answers in full. */
  isSelfAssessment: boolean;
  /** The threshold the disclosure rules applied (at least 3 in group reporting). */
  threshold: number;
  /** Which release of results this is (1, 2, …); null when nothing can be shown yet. */
  release: number | null;
  /** Nothing can be shown yet: too few answers to keep anyone anonymous. */
  isSuppressed: boolean;
  lenses: LensResult[];
  statements: StatementResult[];
  paradoxes: ParadoxResult[];
  factors: FactorResult[];
  problems: ProblemResult[];
  partners: PartnerResult[];
  /** The partners too small on their own, together; null when there are none. */
  pool: GroupResult | null;
  roles: (GroupResult & { id: Role })[];
  contested: ContestedStatement[];
  background: BackgroundResult;
  quality: MeasurementQuality;
  advice: Advice[];
  agenda: AgendaItem[];
};

/**
 * The background step (full scan): the prevailing trust mode (an option code
 * of context.trust-mode, or null when none prevails or too few answered),
 * overall and per published partner group ("pool" for the other partners),
 * and per motive its importance on 0–100, overall and per group.
 */
export type TrustUndecided = "tied" | "too-few";

export type BackgroundResult = {
  trustModes: {
    /** Answers per option code, all respondents together. */
    counts: Record<number, number>;
    prevailing: number | null;
    groups: Record<string, number | null>;
    /** Why no mode prevails where it is null, overall and per group: two or more modes tie, or too few answered. */
    undecided: { overall: TrustUndecided | null; groups: Record<string, TrustUndecided> };
  } | null;
  motives: {
    id: string;
    importance: number | null;
    groups: Record<string, number | null>;
    /** Largest difference between partners' importance (0–100). */
    partnerGap: number | null;
    /** Partners give the motive a similar importance. */
    isShared: boolean | null;
  }[];
};
