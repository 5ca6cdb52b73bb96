import { figurePlanner } from "../disclosure/figure-plan";
import { planForInput } from "../disclosure/plan-for-input";
import type { ScanInput } from "../input";
import type { Diagnosis } from "../types";

/**
 * For the disclosure tests and the anonymity figures: per statement, the
 * groups of people whose answers a diagnosis publishes a figure for (the
 * overall with its distribution, each partner shown, the other partners
 * together, each role shown), as an attacker who knows who answered what and
 * which partner and role everyone has would reconstruct them. `counted` says
 * whose answer counts in a statement. Each group's published mean is checked
 * against the mean of those answers, so a wrong guess of who counts fails
 * loudly instead of making the attack look harmless.
 */
export type StatementGroups = { statementId: string; groups: string[][] };

function close(published: number | null | undefined, answers: number[]): boolean {
  if (published === null || published === undefined || answers.length === 0) return true;
  const mean = answers.reduce((sum, value) => sum + value, 0) / answers.length;
  return Math.abs(mean - published) < 0.006;
}

export function publishedStatementGroups(
  input: ScanInput,
  diagnosis: Diagnosis,
  counted: (statementId: string) => ReadonlySet<string>,
): StatementGroups[] {
  const pooled = new Set(
    diagnosis.partners.filter((partner) => partner.status === "pooled").map((partner) => partner.id),
  );
  return diagnosis.statements.map((statement) => {
    const ids = counted(statement.id);
    const people = input.respondents.filter(
      (respondent) => ids.has(respondent.id) && typeof respondent.answers[statement.id] === "number",
    );
    const answersOf = (group: typeof people) => group.map((respondent) => respondent.answers[statement.id] as number);
    const groups: string[][] = [];
    const publish = (group: typeof people, mean: number | null | undefined, what: string) => {
      if (mean === null || mean === undefined) return;
      if (!close(mean, answersOf(group)))
        throw new Error(`${statement.id}: the published mean of ${what} is not the mean of the assumed answers`);
      groups.push(group.map((respondent) => respondent.id));
    };
    publish(people, statement.mean, "everyone");
    for (const partner of diagnosis.partners) {
      if (partner.suppressed) continue;
      const group = people.filter((respondent) => respondent.partnerId === partner.id);
      publish(group, partner.statementMeans[statement.id], partner.id);
    }
    if (diagnosis.pool) {
      const group = people.filter((respondent) => pooled.has(respondent.partnerId ?? ""));
      publish(group, diagnosis.pool.statementMeans[statement.id], "the other partners");
    }
    for (const role of diagnosis.roles) {
      const group = people.filter((respondent) => respondent.role === role.id);
      publish(group, role.statementMeans[statement.id], role.id);
    }
    return { statementId: statement.id, groups };
  });
}

/** Whose answer counts in each statement's figures, as the disclosure plan decides it for this input. */
export function whoCountsOn(input: ScanInput): (statementId: string) => ReadonlySet<string> {
  const plan = planForInput(input);
  const planFor = figurePlanner(plan);
  return (statementId) =>
    planFor(
      new Set(
        input.respondents
          .filter(
            (respondent) => plan.released.has(respondent.id) && typeof respondent.answers[statementId] === "number",
          )
          .map((respondent) => respondent.id),
      ),
    ).counted;
}
