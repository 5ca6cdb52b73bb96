import { adviceTemplates, evidenceTemplates, findLens, findProblem, findStatement, type Text } from "../../content";
import type { Core } from "./core";
import { formatNumber, quote } from "./format";
import { fill } from "./texts";
import type { Advice, ContestedStatement, ProblemResult, StatementResult } from "./types";

/**
 * The top three things to work on. Detected problems come first (strongest
 * first), then lenses in the concern band (lowest first), then lenses that
 * need attention. Because differences between partners are the most valuable
 * finding, the largest difference always gets a place when there is one.
 * Each reasoning names what carries it; figures beside a statement are the
 * mean answer on 1–5 to the text as worded.
 */
const TOP = 3;

/** A statement quoted with its mean answer as worded and the share that agrees. */
export function statementWithFigures(result: StatementResult): Text | null {
  const statement = findStatement(result.id);
  if (!statement || result.mean === null) return null;
  return fill(evidenceTemplates.statement, {
    statement: quote(statement.text),
    mean: formatNumber(result.mean, 1),
    agree: result.agreeShare ?? 0,
    partners: "",
  });
}

function problemAdvice(result: ProblemResult): Advice | null {
  const problem = findProblem(result.id);
  const first = problem?.interventions[0];
  const [carrier] = result.evidence;
  if (!problem || !first || !carrier) return null;
  return {
    kind: "problem",
    refId: problem.id,
    title: fill(adviceTemplates.problemTitle, { problem: problem.name }),
    reasoning: fill(adviceTemplates.problemReasoning, {
      confidence: result.confidence === "clear" ? adviceTemplates.problemClear : adviceTemplates.problemPossible,
      evidence: carrier.text,
      intervention: { nl: first.title.nl.toLowerCase(), en: first.title.en.toLowerCase() },
    }),
  };
}

function lensAdvice(core: Core, lensResult: Core["lenses"][number]): Advice | null {
  const lens = findLens(lensResult.id);
  if (!lens || lensResult.score === null) return null;
  const weakest = core.statements
    .filter((statement) => statement.lensId === lens.id && statement.score !== null)
    .sort((a, b) => (a.score ?? 0) - (b.score ?? 0))[0];
  const carrier = weakest ? statementWithFigures(weakest) : null;
  if (!carrier) return null;
  return {
    kind: "lens",
    refId: lens.id,
    title: fill(adviceTemplates.lensTitle, { lens: lens.name }),
    reasoning: fill(adviceTemplates.lensReasoning, {
      lens: lens.name,
      score: lensResult.score,
      band: lensResult.band === "concern" ? adviceTemplates.bandConcern : adviceTemplates.bandAttention,
      statement: carrier,
      advice: lens.advice,
    }),
  };
}

function differenceAdvice(core: Core, top: ContestedStatement | undefined): Advice | null {
  if (!top) return null;
  const statement = findStatement(top.statementId);
  if (!statement) return null;
  const name = (id: string) => core.partners.find((partner) => partner.id === id)?.name ?? id;
  const title = fill(adviceTemplates.differenceTitle, { statement: quote(statement.text) });
  const { highest, lowest } = top;
  if (top.partnersDiffer && highest && lowest && highest.partnerId !== lowest.partnerId) {
    // Named by how much each agrees with the text as worded, whichever way is favourable.
    const [more, less] = highest.mean >= lowest.mean ? [highest, lowest] : [lowest, highest];
    return {
      kind: "difference",
      refId: statement.id,
      title,
      reasoning: fill(adviceTemplates.differenceReasoning, {
        more: name(more.partnerId),
        less: name(less.partnerId),
        moreMean: formatNumber(more.mean, 1),
        lessMean: formatNumber(less.mean, 1),
      }),
    };
  }
  const distribution = core.statements.find((candidate) => candidate.id === top.statementId)?.distribution;
  if (!distribution) return null;
  const total = Math.max(
    1,
    distribution.reduce((sum, count) => sum + count, 0),
  );
  return {
    kind: "difference",
    refId: statement.id,
    title,
    reasoning: fill(adviceTemplates.differenceSplitReasoning, {
      disagree: Math.round(((distribution[0] + distribution[1]) / total) * 100),
      agree: Math.round(((distribution[3] + distribution[4]) / total) * 100),
    }),
  };
}

export function buildAdvice(
  core: Core,
  problems: readonly ProblemResult[],
  contested: readonly ContestedStatement[],
): Advice[] {
  const weakLenses = core.lenses
    .filter((lens) => lens.score !== null && (lens.band === "concern" || lens.band === "attention"))
    .sort((a, b) => Number(a.band === "attention") - Number(b.band === "attention") || (a.score ?? 0) - (b.score ?? 0));
  const candidates = [...problems.map(problemAdvice), ...weakLenses.map((lens) => lensAdvice(core, lens))].filter(
    (advice): advice is Advice => advice !== null,
  );

  const advice = candidates.slice(0, TOP);
  const difference = differenceAdvice(core, contested[0]);
  if (difference && !advice.some((entry) => entry.kind === "difference")) {
    if (advice.length === TOP) advice[TOP - 1] = difference;
    else advice.push(difference);
  }
  return advice;
}
