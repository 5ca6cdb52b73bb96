import {
  contextQuestions,
  diagnosisTemplates,
  evidenceTemplates,
  findLens,
  findParadox,
  findStatement,
  type Signal,
  type Text,
} from "../../../content";
import type { Core } from "../core";
import { formatNumber, formatPosition, listNames, quote } from "../format";
import { scoreToMeanAsWorded } from "../likert";
import { fill } from "../texts";
import type { GroupFigure, SignalOutcome } from "./evaluate-signal";
import { UNFAVOURABLE_BELOW } from "./severity";

/**
 * The words that say what carries a piece of evidence, naming statements by
 * their text, partners and roles by name, and figures the way a reader takes
 * them: beside a statement, the mean answer on 1–5 to the text as worded
 * (never the turned-around favourable score) and the share that agrees.
 */
function weightedMean(figures: readonly GroupFigure[]): number {
  const weight = figures.reduce((sum, figure) => sum + (figure.respondents ?? 1), 0);
  return figures.reduce((sum, figure) => sum + figure.value * (figure.respondents ?? 1), 0) / Math.max(1, weight);
}

/** A group's favourable score as the mean answer to the statement as worded, formatted. */
function meanAsWorded(favourable: number, isReversed: boolean): Text {
  return formatNumber(scoreToMeanAsWorded(favourable, isReversed), 1);
}

/**
 * One partner's mean as worded, from the unrounded mean the partner column
 * carries, so the evidence quotes the same figure as the advice, the agenda
 * and the partners page (the favourable score is rounded to whole points).
 */
function partnerMeanAsWorded(core: Core, partner: GroupFigure, statementId: string, isReversed: boolean): Text {
  const mean = core.partners.find((candidate) => candidate.id === partner.id)?.statementMeans[statementId];
  return typeof mean === "number" ? formatNumber(mean, 1) : meanAsWorded(partner.value, isReversed);
}

function unknown(id: string): Text {
  return { nl: id, en: id };
}

export function describeEvidence(
  signal: Signal,
  outcome: Extract<SignalOutcome, { evaluable: true }>,
  core: Core,
): Text {
  switch (signal.kind) {
    case "statement-low":
    case "statement-high": {
      const statement = findStatement(signal.statementId);
      const result = core.statements.find((candidate) => candidate.id === signal.statementId);
      if (!statement || !result || result.mean === null) return unknown(signal.statementId);
      const unfavourable = outcome.partners.filter((partner) => partner.value < UNFAVOURABLE_BELOW).length;
      const partners =
        signal.kind === "statement-low" && outcome.partners.length >= 2 && unfavourable > 0
          ? fill(evidenceTemplates.statementPartners, { count: unfavourable, total: outcome.partners.length })
          : { nl: "", en: "" };
      return fill(evidenceTemplates.statement, {
        statement: quote(statement.text),
        mean: formatNumber(result.mean, 1),
        agree: result.agreeShare ?? 0,
        partners,
      });
    }
    case "lens-low":
    case "lens-high":
      return fill(evidenceTemplates.lens, {
        lens: findLens(signal.lensId)?.name ?? unknown(signal.lensId),
        score: Math.round(outcome.value),
      });
    case "partners-apart": {
      const statement = findStatement(signal.statementId);
      const sorted = [...outcome.partners].sort((a, b) => a.value - b.value);
      const leastFavourable = sorted[0];
      const mostFavourable = sorted[sorted.length - 1];
      if (!statement || !leastFavourable || !mostFavourable) return unknown(signal.statementId);
      // As worded, the least favourable partner agrees most with a negatively worded statement.
      const [low, high] = statement.isReversed ? [mostFavourable, leastFavourable] : [leastFavourable, mostFavourable];
      return fill(evidenceTemplates.partnersApart, {
        statement: quote(statement.text),
        lowMean: partnerMeanAsWorded(core, low, statement.id, statement.isReversed),
        lowPartner: low.name,
        highMean: partnerMeanAsWorded(core, high, statement.id, statement.isReversed),
        highPartner: high.name,
      });
    }
    case "one-partner-low": {
      const statement = findStatement(signal.statementId);
      const [alone, others] = outcome.sides ?? [[], []];
      const partner = alone[0];
      if (!statement || !partner) return unknown(signal.statementId);
      return fill(evidenceTemplates.onePartner, {
        partner: partner.name,
        statement: quote(statement.text),
        partnerMean: partnerMeanAsWorded(core, partner, statement.id, statement.isReversed),
        othersMean: meanAsWorded(weightedMean(others), statement.isReversed),
      });
    }
    case "camps": {
      const statement = findStatement(signal.statementId);
      const [lower, upper] = outcome.sides ?? [[], []];
      if (!statement) return unknown(signal.statementId);
      return fill(evidenceTemplates.camps, {
        statement: quote(statement.text),
        campA: listNames(upper.map((partner) => partner.name)),
        meanA: meanAsWorded(weightedMean(upper), statement.isReversed),
        campB: listNames(lower.map((partner) => partner.name)),
        meanB: meanAsWorded(weightedMean(lower), statement.isReversed),
      });
    }
    case "role-gap": {
      const statement = findStatement(signal.statementId);
      const [lowSide, highSide] = outcome.sides ?? [[], []];
      if (!statement) return unknown(signal.statementId);
      const [executives, atTable] = signal.lower === "table" ? [highSide, lowSide] : [lowSide, highSide];
      return fill(evidenceTemplates.roleGap, {
        executives: diagnosisTemplates.executives,
        atTable: diagnosisTemplates.atTheTable,
        statement: quote(statement.text),
        executivesMean: meanAsWorded(weightedMean(executives), statement.isReversed),
        atTableMean: meanAsWorded(weightedMean(atTable), statement.isReversed),
      });
    }
    case "paradox-leaning":
    case "paradox-closed":
    case "paradox-opposite-poles": {
      const paradox = findParadox(signal.paradoxId);
      if (!paradox) return unknown(signal.paradoxId);
      const poles = { poleA: paradox.poleA.name, poleB: paradox.poleB.name };
      if (signal.kind === "paradox-leaning") {
        return fill(evidenceTemplates.paradoxLeaning, {
          ...poles,
          pole: outcome.value < 0 ? paradox.poleA.name : paradox.poleB.name,
          position: formatPosition(outcome.value * 3),
        });
      }
      if (signal.kind === "paradox-closed") {
        return fill(evidenceTemplates.paradoxClosed, { ...poles, score: Math.round(outcome.value) });
      }
      const [sideA, sideB] = outcome.sides ?? [[], []];
      return fill(evidenceTemplates.paradoxPoles, {
        ...poles,
        sideA: listNames(sideA.map((partner) => partner.name)),
        sideB: listNames(sideB.map((partner) => partner.name)),
      });
    }
    case "choice-prevails":
    case "choice-share": {
      const question = contextQuestions.find((candidate) => candidate.id === signal.questionId);
      const option = question?.options.find((candidate) => signal.codes.includes(candidate.code));
      if (!question || !option) return unknown(signal.questionId);
      return fill(evidenceTemplates.choice, {
        share: Math.round(outcome.value * 100),
        question: quote(question.question),
        option: option.label,
      });
    }
  }
}
