import { type LensId, problems, type Signal } from "../../content";
import type { Core } from "./core";
import type { Evidence, FactorResult, ProblemResult } from "./types";

/**
 * A problem is reported when the signals that fire carry at least half of
 * the weight of the signals that could be evaluated, at least two fired, and
 * at least half of the problem's total weight could be evaluated at all (a
 * quick scan lacks some statements; too little evidence is no diagnosis).
 */
export const MIN_STRENGTH = 0.5;
const MIN_EVALUABLE_SHARE = 0.5;
const MIN_FIRED_SIGNALS = 2;

type Evaluation =
  | { evaluable: false }
  | { evaluable: true; fired: boolean; value: number; partners: Evidence["partners"] };

function partnerFigures(core: Core, pick: (partner: Core["partners"][number]) => number | null): Evidence["partners"] {
  return core.partners.flatMap((partner) => {
    const value = pick(partner);
    return value === null ? [] : [{ partnerId: partner.id, value }];
  });
}

function evaluate(signal: Signal, core: Core, factors: readonly FactorResult[]): Evaluation {
  switch (signal.kind) {
    case "lens-below":
    case "lens-contested": {
      const lens = core.lenses.find((candidate) => candidate.id === signal.lensId);
      if (!lens || lens.score === null) return { evaluable: false };
      const partners = partnerFigures(core, (partner) => partner.lenses[signal.lensId as LensId]);
      if (signal.kind === "lens-below") {
        return { evaluable: true, fired: lens.score < signal.threshold, value: lens.score, partners };
      }
      if (lens.consensus === null) return { evaluable: false };
      return { evaluable: true, fired: lens.consensus === "conflict", value: lens.score, partners };
    }
    case "statement-below":
    case "statement-contested": {
      const statement = core.statements.find((candidate) => candidate.id === signal.statementId);
      if (!statement || statement.score === null) return { evaluable: false };
      const partners = partnerFigures(core, (partner) => partner.statements[signal.statementId] ?? null);
      if (signal.kind === "statement-below") {
        return { evaluable: true, fired: statement.score < signal.threshold, value: statement.score, partners };
      }
      return {
        evaluable: true,
        fired: statement.isContested,
        value: statement.partnerGap ?? statement.score,
        partners,
      };
    }
    case "paradox-leaning":
    case "paradox-closed": {
      const paradox = core.paradoxes.find((candidate) => candidate.id === signal.paradoxId);
      if (!paradox) return { evaluable: false };
      const partners = partnerFigures(core, (partner) => partner.paradoxes[signal.paradoxId] ?? null);
      if (signal.kind === "paradox-leaning") {
        if (paradox.current === null) return { evaluable: false };
        const towards = signal.pole === "a" ? -paradox.current : paradox.current;
        return { evaluable: true, fired: towards >= signal.min, value: paradox.current, partners };
      }
      if (paradox.openness === null) return { evaluable: false };
      return { evaluable: true, fired: paradox.openness < signal.threshold, value: paradox.openness, partners };
    }
    case "failure-factor": {
      const factor = factors.find((candidate) => candidate.id === signal.factorId);
      if (!factor || factor.score === null) return { evaluable: false };
      return { evaluable: true, fired: factor.status === "risk", value: factor.score, partners: [] };
    }
  }
}

export function detectProblems(core: Core, factors: readonly FactorResult[]): ProblemResult[] {
  const detected: ProblemResult[] = [];
  for (const problem of problems) {
    const totalWeight = problem.signals.reduce((sum, { weight }) => sum + weight, 0);
    let evaluableWeight = 0;
    let firedWeight = 0;
    const evidence: Evidence[] = [];
    for (const { signal, weight } of problem.signals) {
      const evaluation = evaluate(signal, core, factors);
      if (!evaluation.evaluable) continue;
      evaluableWeight += weight;
      if (evaluation.fired) {
        firedWeight += weight;
        evidence.push({ signal, value: evaluation.value, partners: evaluation.partners });
      }
    }
    if (evaluableWeight < totalWeight * MIN_EVALUABLE_SHARE || evidence.length < MIN_FIRED_SIGNALS) continue;
    const strength = Math.round((firedWeight / evaluableWeight) * 100) / 100;
    if (strength < MIN_STRENGTH) continue;
    detected.push({
      id: problem.id,
      strength,
      evidence,
      interventions: problem.interventions.map((intervention) => intervention.id),
    });
  }
  return detected.sort((a, b) => b.strength - a.strength);
}
