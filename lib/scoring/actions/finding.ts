import { findLens, findParadox, findProblem, findStatement, type Locale } from "../../../content";
import type { AgendaItem } from "../types";
import type { Finding } from "./types";

/** Whether the content knows what a finding names: a stored action always points at a real lens, problem, statement or paradox. */
export function isKnownFinding(finding: Finding): boolean {
  switch (finding.kind) {
    case "lens":
      return findLens(finding.id) !== undefined;
    case "problem":
      return findProblem(finding.id) !== undefined;
    case "statement":
      return findStatement(finding.id) !== undefined;
    case "paradox":
      return findParadox(finding.id) !== undefined;
  }
}

/** A finding in words, as lists of actions show it: a lens's or problem's name, a statement's text, a paradox's poles. */
export function findingName(finding: Finding, locale: Locale): string {
  switch (finding.kind) {
    case "lens":
      return findLens(finding.id)?.name[locale] ?? finding.id;
    case "problem":
      return findProblem(finding.id)?.name[locale] ?? finding.id;
    case "statement":
      return findStatement(finding.id)?.text[locale] ?? finding.id;
    case "paradox": {
      const paradox = findParadox(finding.id);
      return paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : finding.id;
    }
  }
}

/**
 * What an item of the conversation agenda is about: a statement for a
 * statement the partners or the roles answer differently, else a paradox.
 * The one home of this mapping, so the agenda's links and the action form's
 * list name the same finding.
 */
export function agendaFinding(item: Pick<AgendaItem, "kind" | "refId">): Finding {
  const isStatement = item.kind === "contested-statement" || item.kind === "role-difference";
  return { kind: isStatement ? "statement" : "paradox", id: item.refId };
}
