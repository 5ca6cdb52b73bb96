import { agendaTemplates, findParadox, findStatement, type LensId, type Text } from "../../content";
import { AGREEMENT_LIMIT_POSITION, partnersDisagree } from "./agreement";
import { ONE_SIDED_FROM } from "./bands";
import type { Core } from "./core";
import { formatNumber, formatPosition, quote } from "./format";
import { fill } from "./texts";
import type { AgendaItem, ContestedStatement } from "./types";

/**
 * Conversation questions for the next meeting: where partners answer a
 * statement differently or people are split, where executives and the
 * people at the table differ, paradoxes that lean far to one side or that
 * partners place differently, then the shifts respondents want. Figures
 * beside a statement are the mean answer on 1–5 to the text as worded.
 */
const MAX_STATEMENTS = 5;
const MAX_ROLE_DIFFERENCES = 2;
const MAX_PARADOXES = 3;
const MAX_SHIFTS = 2;
const MIN_SHIFT = 0.5;
/** Executives and the people at the table differ from one step on 1–5. */
const ROLE_GAP = 25;

const LENS_QUESTIONS: Record<LensId, Text> = {
  ambition: agendaTemplates.questionAmbition,
  interests: agendaTemplates.questionInterests,
  people: agendaTemplates.questionPeople,
  organisation: agendaTemplates.questionOrganisation,
  process: agendaTemplates.questionProcess,
};

function mean(value: number): Text {
  return formatNumber(value, 1);
}

function statementQuestion(core: Core, entry: ContestedStatement): Text | null {
  const statement = findStatement(entry.statementId);
  if (!statement) return null;
  const partnerName = (id: string) => core.partners.find((partner) => partner.id === id)?.name ?? id;
  const question = LENS_QUESTIONS[statement.lensId];
  const { highest, lowest } = entry;
  if (entry.partnersDiffer && highest && lowest && highest.partnerId !== lowest.partnerId) {
    // "More" agrees more with the text as worded, whichever way is favourable.
    const [more, less] = highest.mean >= lowest.mean ? [highest, lowest] : [lowest, highest];
    return fill(agendaTemplates.partnersDiffer, {
      more: partnerName(more.partnerId),
      less: partnerName(less.partnerId),
      statement: quote(statement.text),
      moreMean: mean(more.mean),
      lessMean: mean(less.mean),
      question,
    });
  }
  const result = core.statements.find((candidate) => candidate.id === entry.statementId);
  const distribution = result?.distribution;
  if (!distribution) return null;
  const total = distribution.reduce((sum, count) => sum + count, 0);
  const share = (count: number) => Math.round((count / Math.max(1, total)) * 100);
  return fill(agendaTemplates.splitStatement, {
    statement: quote(statement.text),
    disagree: share(distribution[0] + distribution[1]),
    agree: share(distribution[3] + distribution[4]),
    question,
  });
}

/** Statements on which executives and the people at the table (managers, those doing the work) differ most. */
function roleDifferences(core: Core, already: ReadonlySet<string>): AgendaItem[] {
  const executives = core.roles.find((role) => role.id === "executive");
  const atTable = core.roles.filter((role) => role.id === "manager" || role.id === "operational");
  if (!executives || atTable.length === 0) return [];
  const tableMean = (pick: (role: (typeof atTable)[number]) => number | null | undefined) => {
    const figures = atTable.flatMap((role) => {
      const value = pick(role);
      return typeof value === "number" ? [{ value, weight: role.respondents }] : [];
    });
    const weight = figures.reduce((sum, figure) => sum + figure.weight, 0);
    return weight > 0 ? figures.reduce((sum, figure) => sum + figure.value * figure.weight, 0) / weight : null;
  };
  return core.statements
    .flatMap((result) => {
      const statement = findStatement(result.id);
      const board = executives.statements[result.id];
      const table = tableMean((role) => role.statements[result.id]);
      const boardMean = executives.statementMeans[result.id];
      const tableAsWorded = tableMean((role) => role.statementMeans[result.id]);
      if (!statement || already.has(result.id) || typeof board !== "number" || table === null) return [];
      if (typeof boardMean !== "number" || tableAsWorded === null || Math.abs(board - table) < ROLE_GAP) return [];
      return [{ gap: Math.abs(board - table), statement, boardMean, tableAsWorded }];
    })
    .sort((a, b) => b.gap - a.gap)
    .slice(0, MAX_ROLE_DIFFERENCES)
    .map(({ statement, boardMean, tableAsWorded }) => ({
      kind: "role-difference" as const,
      refId: statement.id,
      question: fill(agendaTemplates.rolesDiffer, {
        statement: quote(statement.text),
        executivesMean: mean(boardMean),
        tableMean: mean(tableAsWorded),
      }),
    }));
}

function paradoxQuestions(core: Core): AgendaItem[] {
  const partnerPositions = (paradoxId: string) =>
    core.partners.flatMap((partner) => {
      const value = partner.suppressed ? null : partner.paradoxes[paradoxId];
      return typeof value === "number" ? [{ name: partner.name, value }] : [];
    });
  return core.paradoxes
    .filter((result) => result.current !== null && (result.isOneSided || result.isContested))
    .sort((a, b) => Number(b.isContested) - Number(a.isContested) || (b.oneSidedness ?? 0) - (a.oneSidedness ?? 0))
    .slice(0, MAX_PARADOXES)
    .flatMap((result): AgendaItem[] => {
      const paradox = findParadox(result.id);
      if (!paradox || result.current === null) return [];
      const poles = { poleA: paradox.poleA.name, poleB: paradox.poleB.name };
      const positions = partnerPositions(result.id).sort((a, b) => a.value - b.value);
      const nearA = positions[0];
      const nearB = positions[positions.length - 1];
      const partnersDiffer = partnersDisagree(
        positions.map((position) => position.value),
        AGREEMENT_LIMIT_POSITION,
      );
      if (result.isContested && partnersDiffer && nearA && nearB && nearA !== nearB) {
        return [
          {
            kind: "contested-paradox",
            refId: paradox.id,
            question: fill(agendaTemplates.partnersPlaceParadox, { ...poles, nearA: nearA.name, nearB: nearB.name }),
          },
        ];
      }
      if (result.isContested && result.isSplit) {
        return [{ kind: "contested-paradox", refId: paradox.id, question: fill(agendaTemplates.splitParadox, poles) }];
      }
      if ((result.oneSidedness ?? 0) < ONE_SIDED_FROM) return [];
      const pole = result.current > 0 ? paradox.poleB : paradox.poleA;
      return [
        {
          kind: "one-sided-paradox",
          refId: paradox.id,
          question: fill(agendaTemplates.oneSidedParadox, {
            ...poles,
            pole: pole.name,
            position: formatPosition(result.current * 3),
            risk: pole.risk,
          }),
        },
      ];
    });
}

function shiftQuestions(core: Core): AgendaItem[] {
  return core.paradoxes
    .filter((result) => result.gap !== null && Math.abs(result.gap) >= MIN_SHIFT)
    .sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0))
    .slice(0, MAX_SHIFTS)
    .flatMap((result): AgendaItem[] => {
      const paradox = findParadox(result.id);
      if (!paradox || result.gap === null || result.current === null || result.desired === null) return [];
      // Named by the pole people want to move away from: "more towards fear of …" would ask for more fear.
      const from = result.gap > 0 ? paradox.poleA : paradox.poleB;
      return [
        {
          kind: "paradox-shift",
          refId: paradox.id,
          question: fill(agendaTemplates.paradoxShift, {
            poleA: paradox.poleA.name,
            poleB: paradox.poleB.name,
            from: from.name,
            current: formatPosition(result.current * 3),
            desired: formatPosition(result.desired * 3),
          }),
        },
      ];
    });
}

export function buildAgenda(core: Core, contested: readonly ContestedStatement[]): AgendaItem[] {
  const statements = contested.slice(0, MAX_STATEMENTS).flatMap((entry): AgendaItem[] => {
    const question = statementQuestion(core, entry);
    return question ? [{ kind: "contested-statement", refId: entry.statementId, question }] : [];
  });
  const onAgenda = new Set(statements.map((item) => item.refId));
  return [...statements, ...roleDifferences(core, onAgenda), ...paradoxQuestions(core), ...shiftQuestions(core)];
}
