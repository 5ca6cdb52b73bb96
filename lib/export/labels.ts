import { contextQuestions, findLens, findParadox, findStatement, type LensId, type Locale } from "../../content";

/** Names of the instrument's parts in the reader's language, for every export. */
export function lensName(id: LensId, locale: Locale): string {
  return findLens(id)?.name[locale] ?? id;
}

export function paradoxName(id: string, locale: Locale): string {
  const paradox = findParadox(id);
  return paradox ? `${paradox.poleA.name[locale]} – ${paradox.poleB.name[locale]}` : id;
}

export function statementText(id: string, locale: Locale): string {
  return findStatement(id)?.text[locale] ?? id;
}

export function isReversedStatement(id: string): boolean {
  return findStatement(id)?.isReversed ?? false;
}

/** The label of a background option (a trust mode by its code, a motive by its id). */
export function trustModeLabel(code: number, locale: Locale): string {
  const question = contextQuestions.find((entry) => entry.id === "context.trust-mode");
  return question?.options.find((option) => option.code === code)?.label[locale] ?? String(code);
}

export function motiveLabel(id: string, locale: Locale): string {
  const question = contextQuestions.find((entry) => entry.id === "context.motives");
  return question?.options.find((option) => option.id === id)?.label[locale] ?? id;
}

/** A paradox position from −1…+1 (as the diagnosis keeps it) on the answer scale −3…+3 that respondents used. */
export function onAnswerScale(position: number | null): number | null {
  return position === null ? null : Math.round(position * 300) / 100;
}

/** An importance on 0–100 (as the diagnosis keeps it) back on the 1–5 scale respondents answered. */
export function importanceOnAnswerScale(importance: number | null | undefined): number | null {
  return importance === null || importance === undefined ? null : Math.round((1 + importance / 25) * 100) / 100;
}
