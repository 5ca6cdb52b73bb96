import {
  contextQuestions,
  failureFactors,
  instrument,
  lenses,
  paradoxes,
  problems,
  statements,
  successConditions,
} from "../../content";
import { problemSignals, signalReference } from "./problem-signals";

/**
 * Checks that zod cannot: every reference between content entries resolves,
 * every failure factor and success condition is measured (or says why not),
 * every sub-theme has statements, and every text exists in both languages.
 */
export type ContentReport = {
  unresolvedReferences: string[];
  unmeasured: string[];
  measuredButContextOnly: string[];
  subThemesWithoutStatements: string[];
  missingTranslations: string[];
  duplicateIds: string[];
};

/** Paths of objects shaped like a text ({ nl, en }) that lack one of the languages. */
function findMissingTranslations(value: unknown, path: string, found: string[]): void {
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) findMissingTranslations(entry, `${path}[${index}]`, found);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  if ("nl" in record || "en" in record) {
    for (const locale of ["nl", "en"]) {
      const text = record[locale];
      if (typeof text !== "string" || text.trim() === "") found.push(`${path}.${locale}`);
    }
    return;
  }
  for (const [key, entry] of Object.entries(record)) findMissingTranslations(entry, `${path}.${key}`, found);
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

export function validateContent(): ContentReport {
  const ids = {
    lens: new Set<string>(lenses.map((lens) => lens.id)),
    statement: new Set(statements.map((statement) => statement.id)),
    paradox: new Set(paradoxes.map((paradox) => paradox.id)),
    question: new Set(contextQuestions.map((question) => question.id)),
    "failure factor": new Set(failureFactors.map((factor) => factor.id)),
    "success condition": new Set(successConditions.map((condition) => condition.id)),
  };
  const subThemes = new Set(lenses.flatMap((lens) => lens.subThemes.map((subTheme) => `${lens.id}:${subTheme.id}`)));
  const unresolvedReferences: string[] = [];

  for (const statement of statements) {
    if (!subThemes.has(`${statement.lensId}:${statement.subThemeId}`)) {
      unresolvedReferences.push(`${statement.id} → sub-theme ${statement.subThemeId}`);
    }
    for (const id of statement.measures.failureFactors) {
      if (!ids["failure factor"].has(id)) unresolvedReferences.push(`${statement.id} → failure factor ${id}`);
    }
    for (const id of statement.measures.successConditions) {
      if (!ids["success condition"].has(id)) unresolvedReferences.push(`${statement.id} → success condition ${id}`);
    }
  }
  const problemIds = new Set(problems.map((problem) => problem.id));
  for (const problem of problems) {
    for (const { signal } of problemSignals(problem)) {
      const reference = signalReference(signal);
      const known = ids[reference.kind];
      if (!known.has(reference.id)) unresolvedReferences.push(`${problem.id} → ${reference.kind} ${reference.id}`);
    }
    const related = [
      ...problem.differential.excludes,
      ...problem.differential.counter.flatMap((counter) => (counter.pointsTo ? [counter.pointsTo] : [])),
    ];
    for (const id of related) {
      if (!problemIds.has(id)) unresolvedReferences.push(`${problem.id} → problem ${id}`);
    }
  }

  // What the current version of the instrument measures; earlier versions' statements stay for their scans.
  const current = statements.filter(
    (statement) => statement.since <= instrument.version && (statement.until ?? Infinity) >= instrument.version,
  );
  const measuredIds = new Set(
    current.flatMap((statement) => [...statement.measures.failureFactors, ...statement.measures.successConditions]),
  );
  const catalogue = [...failureFactors, ...successConditions];
  const unmeasured = catalogue
    .filter((entry) => entry.measurement.kind === "measured" && !measuredIds.has(entry.id))
    .map((entry) => entry.id);
  const measuredButContextOnly = catalogue
    .filter((entry) => entry.measurement.kind === "context-only" && measuredIds.has(entry.id))
    .map((entry) => entry.id);

  const answeredSubThemes = new Set(current.map((statement) => `${statement.lensId}:${statement.subThemeId}`));
  const subThemesWithoutStatements = [...subThemes].filter((key) => !answeredSubThemes.has(key));

  const missingTranslations: string[] = [];
  findMissingTranslations(
    { lenses, statements, paradoxes, failureFactors, successConditions, problems, contextQuestions },
    "content",
    missingTranslations,
  );

  const duplicateIds = duplicates([
    ...lenses.flatMap((lens) => [lens.id, ...lens.subThemes.map((subTheme) => subTheme.id)]),
    ...statements.map((statement) => statement.id),
    ...paradoxes.map((paradox) => paradox.id),
    ...catalogue.map((entry) => entry.id),
    ...problems.flatMap((problem) => [problem.id, ...problem.interventions.map((intervention) => intervention.id)]),
    ...contextQuestions.flatMap((question) => [question.id, ...question.options.map((option) => option.id)]),
  ]);

  return {
    unresolvedReferences,
    unmeasured,
    measuredButContextOnly,
    subThemesWithoutStatements,
    missingTranslations,
    duplicateIds,
  };
}
