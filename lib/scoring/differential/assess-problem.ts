import type { Problem, Signal, Text } from "../../../content";
import type { Core } from "../core";
import type { Evidence } from "../types";
import type { ChoiceCounts } from "./choice-counts";
import { evaluateSignal } from "./evaluate-signal";
import { describeEvidence } from "./evidence-text";

/**
 * How strongly the answers point to one problem (interpretation of seed 001
 * §8.1–8.4: how an advisor gets to the core of a collaboration problem):
 *
 * - at least one core signal must hold: the problem's defining trait. Its
 *   strength starts from the most severe core signal, a little more when a
 *   second one holds too (two independent views on the same trait);
 * - supporting signals raise it by how strongly they hold on average (a
 *   mean, not a count: more rules do not make a problem more likely);
 * - the strongest counter-indication lowers it;
 * - a problem whose core rests on one partner alone (that partner against
 *   the rest) stays "possible": it is real for that partner, but not yet
 *   something the collaboration shares.
 *
 * Severity is a depth, not a count (see severity.ts): how far below neutral
 * and in how many partners. Each signal reads a statement, lens, paradox or
 * question directly, so a statement counts once however many failure
 * factors it measures.
 */
export type Assessment = {
  problem: Problem;
  strength: number;
  /** The parts of the strength, for tests and for explaining it. */
  parts: { core: number; support: number; against: number };
  evidence: Evidence[];
  counterEvidence: Evidence[];
  /** Core evidence that was evaluable, held or not: what a look-alike sentence can point to. */
  coreChecked: Evidence[];
  /** Counter-indications that hold and argue for a neighbouring problem instead. */
  pointsTo: { problemId: string; severity: number; evidence: Evidence }[];
};

/** Weight of supporting evidence: strength runs from 60 % (none holds) to 100 % (all hold fully) of the core. */
const SUPPORT_SHARE = 0.4;
/** A counter-indication at full severity takes this share off the strength. */
const COUNTER_SHARE = 0.6;
/** A second core signal adds this share of its severity. */
const SECOND_CORE = 0.25;
/** The most a problem felt by one partner alone can reach: below "clear". */
const ONE_PARTNER_CAP = 0.45;
const GROUP_KINDS: ReadonlySet<Signal["kind"]> = new Set(["camps", "one-partner-low", "role-gap", "partners-apart"]);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

type Weighted = { signal: Signal; weight: number; pointsTo?: string; reason?: Text };

function assessAll(
  role: Evidence["role"],
  entries: readonly Weighted[],
  core: Core,
  choices: ChoiceCounts,
): { evidence: Evidence; weight: number; pointsTo?: string }[] {
  return entries.flatMap(({ signal, weight, pointsTo, reason }) => {
    const outcome = evaluateSignal(signal, { core, choices });
    if (!outcome.evaluable) return [];
    const evidence: Evidence = {
      signal,
      role,
      severity: round2(outcome.severity),
      value: round2(outcome.value),
      partners: outcome.partners.map((partner) => ({ partnerId: partner.id, value: partner.value })),
      text: describeEvidence(signal, outcome, core),
      ...(reason ? { reason } : {}),
    };
    return [{ evidence, weight, pointsTo }];
  });
}

/** The most severe core signal, plus a share of the second: two views on the same trait. */
function strongestTwo(entries: readonly { evidence: Evidence; weight: number }[]): number {
  const severities = entries.map((entry) => entry.evidence.severity * Math.min(1, entry.weight)).sort((a, b) => b - a);
  return Math.min(1, (severities[0] ?? 0) + SECOND_CORE * (severities[1] ?? 0));
}

function holding(entries: readonly { evidence: Evidence; weight: number }[]): Evidence[] {
  return entries
    .filter((entry) => entry.evidence.severity > 0)
    .sort((a, b) => b.evidence.severity * b.weight - a.evidence.severity * a.weight)
    .map((entry) => entry.evidence);
}

export function assessProblem(problem: Problem, core: Core, choices: ChoiceCounts): Assessment {
  const { differential } = problem;
  const coreEntries = assessAll("core", differential.core, core, choices);
  const supporting = assessAll("supporting", differential.supporting, core, choices);
  // An average that hides camps, a lone partner or a gap between roles says nothing in favour: counter-indications
  // that rest on such a statement's overall figure do not count.
  const divided = new Set(
    [...coreEntries, ...supporting].flatMap(({ evidence }) =>
      evidence.severity > 0 && GROUP_KINDS.has(evidence.signal.kind) && "statementId" in evidence.signal
        ? [evidence.signal.statementId]
        : [],
    ),
  );
  const counters = assessAll("counter", differential.counter, core, choices).filter(
    ({ evidence }) => !("statementId" in evidence.signal && divided.has(evidence.signal.statementId)),
  );

  const coreStrength = strongestTwo(coreEntries);
  // What the core would be without the signals of one partner against the rest: a problem felt by one partner.
  const sharedCore = strongestTwo(coreEntries.filter((entry) => entry.evidence.signal.kind !== "one-partner-low"));
  const supportWeight = supporting.reduce((sum, entry) => sum + entry.weight, 0);
  const support =
    supportWeight > 0
      ? supporting.reduce((sum, entry) => sum + entry.evidence.severity * entry.weight, 0) / supportWeight
      : 0;
  const against = Math.min(1, Math.max(0, ...counters.map((entry) => entry.evidence.severity * entry.weight)));
  const strength = Math.min(
    Math.max(ONE_PARTNER_CAP, sharedCore),
    coreStrength * (1 - SUPPORT_SHARE + SUPPORT_SHARE * support) * (1 - COUNTER_SHARE * against),
  );

  return {
    problem,
    strength: round2(strength),
    parts: { core: round2(coreStrength), support: round2(support), against: round2(against) },
    evidence: [...holding(coreEntries), ...holding(supporting)],
    counterEvidence: holding(counters),
    coreChecked: coreEntries.map((entry) => entry.evidence).sort((a, b) => b.severity - a.severity),
    pointsTo: counters.flatMap((entry) =>
      entry.pointsTo && entry.evidence.severity > 0
        ? [{ problemId: entry.pointsTo, severity: entry.evidence.severity * entry.weight, evidence: entry.evidence }]
        : [],
    ),
  };
}
