import { buildAdvice } from "./advice";
import { buildAgenda } from "./agenda";
import { aggregate, layoutFor } from "./aggregate";
import { rankContested } from "./contested";
import { computeCore } from "./core";
import { scoreFactors } from "./factors";
import { type ParsedInput, parseScanInput, type ScanInput } from "./input";
import { detectProblems } from "./problems";
import type { Diagnosis } from "./types";

const NO_PARTNER = "";

/**
 * Partners with fewer respondents than the threshold show no figures. If
 * together they still have fewer than the threshold, their answers are left
 * out of every figure, the overall ones included: otherwise the overall
 * minus the visible partners would reveal them. Small partners that together
 * reach the threshold stay in the overall, where nobody can separate them.
 */
function reportableRespondents(input: ScanInput): { respondents: ScanInput["respondents"]; excluded: Set<string> } {
  const threshold = input.respondents.length === 1 ? 1 : input.scan.anonymityThreshold;
  const counts = new Map<string, number>();
  for (const respondent of input.respondents) {
    const key = respondent.partnerId ?? NO_PARTNER;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const small = [...counts].filter(([, count]) => count < threshold);
  const pooled = small.reduce((sum, [, count]) => sum + count, 0);
  if (small.length === 0 || pooled >= threshold) return { respondents: input.respondents, excluded: new Set() };
  const excluded = new Set(small.map(([key]) => key));
  return {
    respondents: input.respondents.filter((respondent) => !excluded.has(respondent.partnerId ?? NO_PARTNER)),
    excluded,
  };
}

/**
 * The diagnosis of one scan. Pure: the same input always gives the same
 * result, whatever the order of the respondents. Use `diagnoseUnknown` for
 * input that has not been validated yet.
 */
export function diagnose(input: ScanInput): Diagnosis {
  const layout = layoutFor(input);
  const included = reportableRespondents(input);
  const core = computeCore(
    input,
    layout,
    aggregate({ ...input, respondents: included.respondents }, layout),
    included.excluded,
  );
  const factors = scoreFactors(core.statements, input.scan.form);
  const problems = detectProblems(core, factors);
  const contested = rankContested(core);
  return {
    instrument: input.instrument,
    scan: input.scan,
    respondentCount: input.respondents.length,
    isSelfAssessment: input.respondents.length === 1,
    isSuppressed: core.isSuppressed,
    lenses: core.lenses,
    statements: core.statements,
    paradoxes: core.paradoxes,
    factors,
    problems,
    partners: core.partners,
    roles: core.roles,
    contested,
    advice: buildAdvice(core, problems, contested),
    agenda: buildAgenda(core, contested),
  };
}

export function diagnoseUnknown(
  raw: unknown,
): { ok: true; diagnosis: Diagnosis } | Extract<ParsedInput, { ok: false }> {
  const parsed = parseScanInput(raw);
  return parsed.ok ? { ok: true, diagnosis: diagnose(parsed.input) } : parsed;
}
