import { findStatement, type LensId, lenses } from "../../../content";
import type { Diagnosis } from "../types";
import type { Finding } from "./types";

/**
 * The lens a finding bears on: a lens itself, a statement's lens, and for a
 * problem the lens most of its evidence in that round lies in (the most
 * signals that fired there; the first lens on a tie). A paradox lies across the
 * lenses: none. Fixed when the action is made, so the review compares the
 * same lens whatever the next round signals.
 */
export function linkedLens(finding: Finding, diagnosis: Pick<Diagnosis, "problems">): LensId | null {
  switch (finding.kind) {
    case "lens":
      return lenses.find((lens) => lens.id === finding.id)?.id ?? null;
    case "statement":
      return findStatement(finding.id)?.lensId ?? null;
    case "paradox":
      return null;
    case "problem": {
      const weights = new Map<LensId, number>();
      for (const evidence of diagnosis.problems.find((problem) => problem.id === finding.id)?.evidence ?? []) {
        const signal: object = evidence.signal;
        const lens =
          "lensId" in signal && typeof signal.lensId === "string"
            ? lenses.find((entry) => entry.id === signal.lensId)?.id
            : "statementId" in signal && typeof signal.statementId === "string"
              ? findStatement(signal.statementId)?.lensId
              : undefined;
        if (lens) weights.set(lens, (weights.get(lens) ?? 0) + 1);
      }
      let best: LensId | null = null;
      for (const lens of lenses) {
        if ((weights.get(lens.id) ?? 0) > (best === null ? 0 : (weights.get(best) ?? 0))) best = lens.id;
      }
      return best;
    }
  }
}
