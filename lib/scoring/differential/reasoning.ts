import { diagnosisTemplates, findProblem, type Problem, type Text } from "../../../content";
import { fill } from "../texts";
import type { Evidence, ProblemResult } from "../types";

/**
 * The diagnosis of one problem in words, naming what carries it: the core
 * evidence, what supports it, the strongest counter-indication with why it
 * argues against, and why the nearest look-alike is less likely. Every part
 * quotes the statements and figures it rests on.
 */
const SHOWN_PER_PART = 2;

function join(texts: readonly Text[]): Text {
  return { nl: texts.map((text) => text.nl).join("; "), en: texts.map((text) => text.en).join("; ") };
}

function append(text: Text, more: Text): Text {
  return { nl: text.nl + more.nl, en: text.en + more.en };
}

function texts(evidence: readonly Evidence[], role: Evidence["role"]): Text[] {
  return evidence
    .filter((entry) => entry.role === role)
    .slice(0, SHOWN_PER_PART)
    .map((entry) => entry.text);
}

export function reasoningFor(result: ProblemResult, problem: Problem): Text {
  let text = fill(diagnosisTemplates.reasoning, {
    problem: problem.name,
    confidence: result.confidence === "clear" ? diagnosisTemplates.clear : diagnosisTemplates.possible,
    evidence: join(texts(result.evidence, "core")),
  });
  const supporting = texts(result.evidence, "supporting");
  if (supporting.length > 0) text = append(text, fill(diagnosisTemplates.support, { evidence: join(supporting) }));
  const [against] = result.counterEvidence;
  if (against?.reason) {
    text = append(text, fill(diagnosisTemplates.against, { reason: against.reason, evidence: against.text }));
  }
  for (const lessLikely of result.lessLikely) {
    const other = findProblem(lessLikely.problemId);
    if (other)
      text = append(text, fill(diagnosisTemplates.lessLikely, { other: other.name, reason: lessLikely.reason }));
  }
  return text;
}
