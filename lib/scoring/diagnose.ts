import { buildAdvice } from "./advice";
import { buildAgenda } from "./agenda";
import { layoutFor } from "./aggregate";
import { computeBackground } from "./background";
import { rankContested } from "./contested";
import { computeCore } from "./core";
import { countChoices } from "./differential/choice-counts";
import { planForInput } from "./disclosure/plan-for-input";
import { scoreFactors } from "./factors";
import { type ParsedInput, parseScanInput, type ScanInput } from "./input";
import { detectProblems } from "./problems";
import { measureQuality } from "./quality";
import type { Diagnosis } from "./types";

/**
 * The diagnosis of one scan. Pure: the same input always gives the same
 * result, whatever the order of the respondents. What it may show is decided
 * by the disclosure plan; when the plan releases new answers, the caller
 * that keeps the scan (lib/server) stores that release before showing it, so
 * the next diagnosis starts from it. Use `diagnoseUnknown` for input that has
 * not been validated yet.
 */
export function diagnose(input: ScanInput): Diagnosis {
  const layout = layoutFor(input);
  const plan = planForInput(input);
  const core = computeCore(input, layout, plan);
  const factors = scoreFactors(core.statements, input.scan.form);
  const problems = detectProblems(core, countChoices(input, plan));
  const contested = rankContested(core);
  return {
    instrument: input.instrument,
    scan: input.scan,
    respondentCount: core.respondentCount,
    submittedCount: input.respondents.length,
    reportingMode: plan.mode,
    isSelfAssessment: plan.mode === "self",
    threshold: plan.threshold,
    release: plan.release?.index ?? null,
    isSuppressed: core.isSuppressed,
    lenses: core.lenses,
    statements: core.statements,
    paradoxes: core.paradoxes,
    factors,
    problems,
    partners: core.partners,
    pool: core.pool,
    roles: core.roles,
    contested,
    background: computeBackground(input, plan, plan.mode === "group" ? 2 : 1),
    quality: measureQuality(input, layout, plan),
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
