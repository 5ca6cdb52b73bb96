import { buildAdvice } from "./advice";
import { buildAgenda } from "./agenda";
import { aggregate, layoutFor } from "./aggregate";
import { reportableInput } from "./anonymize";
import { rankContested } from "./contested";
import { computeCore } from "./core";
import { scoreFactors } from "./factors";
import { type ParsedInput, parseScanInput, type ScanInput } from "./input";
import { detectProblems } from "./problems";
import type { Diagnosis } from "./types";

/**
 * The diagnosis of one scan. Pure: the same input always gives the same
 * result, whatever the order of the respondents. Use `diagnoseUnknown` for
 * input that has not been validated yet.
 */
export function diagnose(input: ScanInput): Diagnosis {
  const layout = layoutFor(input);
  const reportable = reportableInput(input);
  const core = computeCore(input, layout, aggregate(reportable.input, layout), reportable.excludedPartners);
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
