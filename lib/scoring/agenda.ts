import { agendaTemplates, findParadox, findStatement } from "../../content";
import { ONE_SIDED_FROM } from "./bands";
import type { Core } from "./core";
import { fill } from "./texts";
import type { AgendaItem, ContestedStatement } from "./types";

/**
 * Conversation questions for the next meeting: the largest differences
 * between partners first, then paradoxes that lean far to one side or that
 * partners place differently, then the shifts respondents want.
 */
const MAX_STATEMENTS = 5;
const MAX_PARADOXES = 3;
const MAX_SHIFTS = 2;
const MIN_SHIFT = 0.5;

export function buildAgenda(core: Core, contested: readonly ContestedStatement[]): AgendaItem[] {
  const partnerName = (id: string) => core.partners.find((partner) => partner.id === id)?.name ?? id;
  const items: AgendaItem[] = [];

  for (const entry of contested.slice(0, MAX_STATEMENTS)) {
    const statement = findStatement(entry.statementId);
    if (!statement) continue;
    const question =
      entry.highest && entry.lowest && entry.partnerGap !== null && entry.highest.partnerId !== entry.lowest.partnerId
        ? fill(agendaTemplates.contestedStatement, {
            high: partnerName(entry.highest.partnerId),
            low: partnerName(entry.lowest.partnerId),
            statement: statement.text,
            highScore: entry.highest.score,
            lowScore: entry.lowest.score,
          })
        : fill(agendaTemplates.splitStatement, { statement: statement.text });
    items.push({ kind: "contested-statement", refId: statement.id, question });
  }

  const paradoxQuestions = core.paradoxes
    .filter((result) => result.current !== null && (result.isOneSided || result.isContested))
    .sort((a, b) => Number(b.isContested) - Number(a.isContested) || (b.oneSidedness ?? 0) - (a.oneSidedness ?? 0))
    .slice(0, MAX_PARADOXES);
  for (const result of paradoxQuestions) {
    const paradox = findParadox(result.id);
    if (!paradox || result.current === null) continue;
    const leansToB = result.current > 0;
    const template =
      result.isContested || (result.oneSidedness ?? 0) < ONE_SIDED_FROM
        ? agendaTemplates.contestedParadox
        : agendaTemplates.oneSidedParadox;
    items.push({
      kind: result.isContested ? "contested-paradox" : "one-sided-paradox",
      refId: paradox.id,
      question: fill(template, {
        poleA: paradox.poleA.name,
        poleB: paradox.poleB.name,
        pole: leansToB ? paradox.poleB.name : paradox.poleA.name,
        otherPole: leansToB ? paradox.poleA.name : paradox.poleB.name,
      }),
    });
  }

  const shifts = core.paradoxes
    .filter((result) => result.gap !== null && Math.abs(result.gap) >= MIN_SHIFT)
    .sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0))
    .slice(0, MAX_SHIFTS);
  for (const result of shifts) {
    const paradox = findParadox(result.id);
    if (!paradox || result.gap === null) continue;
    items.push({
      kind: "paradox-shift",
      refId: paradox.id,
      question: fill(agendaTemplates.paradoxShift, {
        poleA: paradox.poleA.name,
        poleB: paradox.poleB.name,
        pole: result.gap > 0 ? paradox.poleB.name : paradox.poleA.name,
      }),
    });
  }
  return items;
}
