import { diagnosisTemplates, problems, type Text } from "../../content";
import type { Core } from "./core";
import { type Assessment, assessProblem } from "./differential/assess-problem";
import type { ChoiceCounts } from "./differential/choice-counts";
import { reasoningFor } from "./differential/reasoning";
import { fill } from "./texts";
import type { ProblemResult } from "./types";

/**
 * The differential diagnosis: every problem assessed (see
 * differential/assess-problem.ts), then ranked the way an advisor weighs
 * look-alikes. A problem is "clear" from 0.5 and "possible" from 0.25; below
 * that it is not reported. Of two problems that exclude each other only the
 * better supported one is reported, and a problem is ruled out when a
 * counter-indication points to a neighbour that is itself reported. Each
 * reported problem says in one sentence why its nearest look-alike (the
 * first of its look-alikes the answers can speak to) is less likely.
 */
export const CLEAR_FROM = 0.5;
export const POSSIBLE_FROM = 0.25;
/** A counter-indication pointing to a reported neighbour rules the problem out from this severity. */
const RULES_OUT_FROM = 0.3;

type LessLikely = ProblemResult["lessLikely"][number];

/** Why a look-alike is less likely than the problem reported, in words with the figures that say so. */
function lessLikelyReason(lookAlike: Assessment, reported: Assessment): Text {
  const pointer =
    lookAlike.pointsTo.find((entry) => entry.problemId === reported.problem.id) ??
    [...lookAlike.pointsTo].sort((a, b) => b.severity - a.severity)[0];
  const counter = pointer?.evidence ?? lookAlike.counterEvidence[0];
  if (counter?.reason) {
    return fill(diagnosisTemplates.lessLikelyPointer, { reason: counter.reason, evidence: counter.text });
  }
  const [strongest] = lookAlike.coreChecked;
  if (!strongest) return { nl: "", en: "" };
  return fill(strongest.severity > 0 ? diagnosisTemplates.lessLikelyWeaker : diagnosisTemplates.lessLikelyAbsent, {
    evidence: strongest.text,
  });
}

function excludesEachOther(a: Assessment, b: Assessment): boolean {
  return (
    a.problem.differential.excludes.includes(b.problem.id) || b.problem.differential.excludes.includes(a.problem.id)
  );
}

export function detectProblems(core: Core, choices: ChoiceCounts): ProblemResult[] {
  const assessments = problems.map((problem) => assessProblem(problem, core, choices));
  const byId = new Map(assessments.map((assessment) => [assessment.problem.id, assessment]));
  const candidates = assessments
    .filter((assessment) => assessment.strength >= POSSIBLE_FROM && assessment.evidence.some((e) => e.role === "core"))
    .sort((a, b) => b.strength - a.strength);

  const kept: { assessment: Assessment; lessLikely: LessLikely[] }[] = [];
  for (const candidate of candidates) {
    const stronger = kept.find(
      ({ assessment }) =>
        excludesEachOther(assessment, candidate) ||
        candidate.pointsTo.some(
          (entry) => entry.problemId === assessment.problem.id && entry.severity >= RULES_OUT_FROM,
        ),
    );
    if (stronger) {
      stronger.lessLikely.push({
        problemId: candidate.problem.id,
        reason: lessLikelyReason(candidate, stronger.assessment),
      });
      continue;
    }
    kept.push({ assessment: candidate, lessLikely: [] });
  }

  const reportedIds = new Set(kept.map(({ assessment }) => assessment.problem.id));
  return kept.map(({ assessment, lessLikely }) => {
    // The nearest look-alike not reported: the first of the problem's look-alikes (nearest first) with evidence to name.
    if (lessLikely.length === 0) {
      for (const id of assessment.problem.differential.lookAlikes) {
        const lookAlike = byId.get(id);
        if (!lookAlike || reportedIds.has(id)) continue;
        const reason = lessLikelyReason(lookAlike, assessment);
        if (reason.nl === "") continue;
        lessLikely.push({ problemId: id, reason });
        break;
      }
    }
    const confidence = assessment.strength >= CLEAR_FROM ? "clear" : "possible";
    const result: ProblemResult = {
      id: assessment.problem.id,
      strength: assessment.strength,
      confidence,
      evidence: assessment.evidence,
      counterEvidence: assessment.counterEvidence,
      lessLikely,
      reasoning: { nl: "", en: "" },
      interventions: assessment.problem.interventions.map((intervention) => intervention.id),
    };
    return { ...result, reasoning: reasoningFor(result, assessment.problem) };
  });
}
