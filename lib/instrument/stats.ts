import {
  type Discipline,
  failureFactors,
  instrument,
  lenses,
  paradoxes,
  problems,
  statements,
  successConditions,
} from "../../content";
import { isAskedIn, itemsForVariant } from "./items";
import { validateContent } from "./validate";

/** The content of the current instrument version (statements of earlier versions stay in content/ for their scans). */
export type ContentStats = {
  instrumentVersion: number;
  lenses: number;
  subThemes: number;
  statements: number;
  reversedStatements: number;
  paradoxes: number;
  failureFactors: number;
  successConditions: number;
  problems: number;
  interventions: number;
  quickScanItems: number;
  fullScanItems: number;
  missingTranslations: number;
  unmeasuredFactors: number;
  contextOnlyFactors: number;
  unresolvedReferences: number;
  failureFactorsByDiscipline: Record<Discipline, number>;
  successConditionsByDiscipline: Record<Discipline, number>;
};

function byDiscipline(entries: readonly { discipline: Discipline }[]): Record<Discipline, number> {
  const counts: Record<Discipline, number> = { business: 0, organisation: 0, public: 0, social: 0 };
  for (const entry of entries) counts[entry.discipline] += 1;
  return counts;
}

export function contentStats(): ContentStats {
  const report = validateContent();
  const catalogue = [...failureFactors, ...successConditions];
  const asked = statements.filter((statement) => isAskedIn(statement, instrument.version));
  return {
    instrumentVersion: instrument.version,
    lenses: lenses.length,
    subThemes: lenses.reduce((sum, lens) => sum + lens.subThemes.length, 0),
    statements: asked.length,
    reversedStatements: asked.filter((statement) => statement.isReversed).length,
    paradoxes: paradoxes.length,
    failureFactors: failureFactors.length,
    successConditions: successConditions.length,
    problems: problems.length,
    interventions: problems.reduce((sum, problem) => sum + problem.interventions.length, 0),
    quickScanItems: itemsForVariant("quick", instrument.version).length,
    fullScanItems: itemsForVariant("full", instrument.version).length,
    missingTranslations: report.missingTranslations.length,
    unmeasuredFactors: report.unmeasured.length,
    contextOnlyFactors: catalogue.filter((entry) => entry.measurement.kind === "context-only").length,
    unresolvedReferences: report.unresolvedReferences.length,
    failureFactorsByDiscipline: byDiscipline(failureFactors),
    successConditionsByDiscipline: byDiscipline(successConditions),
  };
}
