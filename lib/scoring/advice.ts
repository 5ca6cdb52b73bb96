import { adviceTemplates, findLens, findProblem, findStatement } from "../../content";
import type { Core } from "./core";
import { fill } from "./texts";
import type { Advice, ContestedStatement, ProblemResult } from "./types";

/**
 * The top three things to work on. Detected problems come first (strongest
 * first), then lenses in the concern band (lowest first), then lenses that
 * need attention. Because differences between partners are the most valuable
 * finding, the largest difference always gets a place when there is one.
 */
const TOP = 3;

export function buildAdvice(
  core: Core,
  problems: readonly ProblemResult[],
  contested: readonly ContestedStatement[],
): Advice[] {
  const candidates: Advice[] = [];
  for (const result of problems) {
    const problem = findProblem(result.id);
    const first = problem?.interventions[0];
    if (!problem || !first) continue;
    candidates.push({
      kind: "problem",
      refId: problem.id,
      title: fill(adviceTemplates.problemTitle, { problem: problem.name }),
      reasoning: fill(adviceTemplates.problemReasoning, {
        count: result.evidence.length,
        strength: Math.round(result.strength * 100),
        intervention: { nl: first.title.nl.toLowerCase(), en: first.title.en.toLowerCase() },
      }),
    });
  }
  const weakLenses = core.lenses
    .filter((lens) => lens.score !== null && (lens.band === "concern" || lens.band === "attention"))
    .sort((a, b) => Number(a.band === "attention") - Number(b.band === "attention") || (a.score ?? 0) - (b.score ?? 0));
  for (const result of weakLenses) {
    const lens = findLens(result.id);
    if (!lens || result.score === null) continue;
    candidates.push({
      kind: "lens",
      refId: lens.id,
      title: fill(adviceTemplates.lensTitle, { lens: lens.name }),
      reasoning: fill(adviceTemplates.lensReasoning, {
        lens: lens.name,
        score: result.score,
        band: result.band === "concern" ? adviceTemplates.bandConcern : adviceTemplates.bandAttention,
        advice: lens.advice,
      }),
    });
  }

  const advice = candidates.slice(0, TOP);
  const difference = differenceAdvice(core, contested[0]);
  if (difference && !advice.some((entry) => entry.kind === "difference")) {
    if (advice.length === TOP) advice[TOP - 1] = difference;
    else advice.push(difference);
  }
  return advice;
}

function differenceAdvice(core: Core, top: ContestedStatement | undefined): Advice | null {
  if (!top) return null;
  const statement = findStatement(top.statementId);
  if (!statement) return null;
  const name = (id: string) => core.partners.find((partner) => partner.id === id)?.name ?? id;
  const hasPartners =
    top.highest && top.lowest && top.partnerGap !== null && top.highest.partnerId !== top.lowest.partnerId;
  return {
    kind: "difference",
    refId: statement.id,
    title: fill(adviceTemplates.differenceTitle, { statement: statement.text }),
    reasoning:
      hasPartners && top.highest && top.lowest
        ? fill(adviceTemplates.differenceReasoning, {
            high: name(top.highest.partnerId),
            low: name(top.lowest.partnerId),
            highScore: top.highest.score,
            lowScore: top.lowest.score,
            gap: top.partnerGap ?? 0,
          })
        : adviceTemplates.differenceSplitReasoning,
  };
}
