import { describe, expect, it } from "vitest";
import { layoutFor } from "../aggregate";
import { diagnose } from "../diagnose";
import type { ScanInput } from "../input";
import { likertToScore } from "../likert";
import { realisticScan } from "../testing/realistic-scan";
import { buildScan } from "../testing/scan-builder";
import { planForInput } from "./plan-for-input";

/**
 * The attacks of the anonymity review (L1–L5), written out as an attacker
 * computes them from what the results publish. Figures per statement (and
 * lens, paradox, motive, trust mode) rest on those who answered it, not on
 * everyone who submitted: a "weet niet" or a skipped item shrinks a group.
 * Each test gives the attacker every published figure it needs and asserts
 * that the victim's answer does not come out.
 */
type Respondent = ScanInput["respondents"][number];

function firstStatement(input: ScanInput): string {
  return layoutFor(input).statements[0]?.id ?? "";
}

/** A group's sum of answers as worded (1–5) from its published mean and count; null when the figure is hidden. */
function sumOf(mean: number | null | undefined, count: number): number | null {
  return mean === null || mean === undefined ? null : mean * count;
}

function setAnswers(input: ScanInput, itemId: string, values: Record<string, number | null | undefined>): void {
  for (const respondent of input.respondents) {
    if (!(respondent.id in values)) continue;
    const value = values[respondent.id];
    if (value === undefined) delete respondent.answers[itemId];
    else respondent.answers[itemId] = value;
  }
}

function answered(respondents: readonly Respondent[], itemId: string): number {
  return respondents.filter((respondent) => typeof respondent.answers[itemId] === "number").length;
}

/** The overall sum of a statement minus the sums of the partners shown on it, as answers 1–5. */
function overallMinusShownPartners(input: ScanInput, statement: string): number | null {
  const diagnosis = diagnose(input);
  const overall = diagnosis.statements.find((s) => s.id === statement);
  let rest = sumOf(overall?.mean, overall?.answerCount ?? 0);
  for (const partner of diagnosis.partners) {
    const own = input.respondents.filter((respondent) => respondent.partnerId === partner.id);
    const sum = sumOf(partner.statementMeans[statement], answered(own, statement));
    if (sum !== null && rest !== null) rest -= sum;
  }
  return rest === null ? null : Math.round(rest);
}

/** Publishes a release the way the app does: the plan's new release is stored before anything is shown. */
function released(input: ScanInput): ScanInput {
  const plan = planForInput(input);
  if (!plan.isNewRelease || !plan.release) return input;
  const index = plan.release.index;
  return {
    ...input,
    releases: [...input.releases, plan.release],
    respondents: input.respondents.map((respondent) => ({
      ...respondent,
      release: respondent.release ?? (plan.newlyReleased.includes(respondent.id) ? index : null),
    })),
  };
}

describe("answers that 'weet niet' and skipped items leave exposed", () => {
  it("L1: hides a partner's answer on a statement from 'overall minus the other partners'", () => {
    // Three partners of three; in Alpha two could not judge the statement, so only r1 answered it.
    const input = buildScan("quick", [
      { name: "Alpha", respondents: 3 },
      { name: "Beta", respondents: 3 },
      { name: "Gamma", respondents: 3 },
    ]);
    const statement = firstStatement(input);
    setAnswers(input, statement, { r1: 2, r2: null, r3: undefined, r4: 4, r5: 5, r6: 3, r7: 4, r8: 4, r9: 5 });
    // The public attacker: overall sum minus the sums of the partners shown, each with all three answering.
    expect(overallMinusShownPartners(input, statement)).not.toBe(2);
  });

  it("L1 on a realistic scan: the review's example (seed 4, organisation.agreements-sound) no longer gives r15's answer", () => {
    const input = realisticScan(4);
    const statement = "organisation.agreements-sound";
    const victim = input.respondents.find((respondent) => respondent.id === "r15");
    expect(typeof victim?.answers[statement]).toBe("number");
    expect(overallMinusShownPartners(input, statement)).not.toBe(victim?.answers[statement]);
  });

  it("L2: an executive cannot subtract the executives from their partner to find a lone manager's answer", () => {
    // Alpha: executives r1, r2 and managers r3–r5; Beta: manager r6, executives r7, r8. r2 could not judge.
    const input = buildScan("quick", [
      { name: "Alpha", respondents: 5, roles: ["executive", "executive", "manager", "manager", "manager"] },
      { name: "Beta", respondents: 3, roles: ["manager", "executive", "executive"] },
    ]);
    const statement = firstStatement(input);
    setAnswers(input, statement, { r1: 2, r2: null, r3: 4, r4: 3, r5: 5, r6: 1, r7: 4, r8: 5 });
    const diagnosis = diagnose(input);
    const beta = diagnosis.partners.find((partner) => partner.name === "Beta");
    const executives = diagnosis.roles.find((role) => role.id === "executive");
    // r1 knows their own answer (2) and that r2 could not judge: the executives' figure rests on r1, r7, r8.
    const betaSum = sumOf(beta?.statementMeans[statement], 3);
    const executiveSum = sumOf(executives?.statementMeans[statement], 3);
    const recovered = betaSum === null || executiveSum === null ? null : Math.round(betaSum - executiveSum + 2);
    expect(recovered).not.toBe(1);
  });

  it("L3: a partner's figure on two answers does not give one of them the other's answer", () => {
    const input = buildScan("quick", [
      { name: "Alpha", respondents: 3 },
      { name: "Beta", respondents: 4 },
    ]);
    const statement = firstStatement(input);
    setAnswers(input, statement, { r1: 2, r2: 5, r3: null });
    const alpha = diagnose(input).partners.find((partner) => partner.name === "Alpha");
    const sum = sumOf(alpha?.statementMeans[statement], 2);
    expect(sum === null ? null : Math.round(sum - 2)).not.toBe(5);
  });

  it("L3: a partner's importance of a motive on two answers does not give one of them the other's", () => {
    const input = buildScan("full", [
      { name: "Alpha", respondents: 3 },
      { name: "Beta", respondents: 4 },
    ]);
    const motive = "context.motive.cost";
    setAnswers(input, motive, { r1: 2, r2: 5, r3: undefined });
    const importance = diagnose(input).background.motives.find((m) => m.id === motive)?.groups.p1 ?? null;
    // r1 knows their own importance (2, a score of 25): the other's score is 2 × mean − 25.
    const recovered = importance === null ? null : Math.round((2 * importance - likertToScore(2, false)) / 25) * 25;
    expect(recovered).not.toBe(likertToScore(5, false));
  });

  it("L4: a release where two of three new people could not judge a statement does not expose the third", () => {
    const first = released(buildScan("quick", [{ name: "Alpha", respondents: 3 }]));
    const statement = firstStatement(first);
    const before = diagnose(first).statements.find((s) => s.id === statement);
    const later = buildScan("quick", [{ name: "Alpha", respondents: 6 }]).respondents.slice(3);
    const grown: ScanInput = { ...first, respondents: [...first.respondents, ...later] };
    setAnswers(grown, statement, { r4: null, r5: null, r6: 1 });
    const after = diagnose(released(grown)).statements.find((s) => s.id === statement);
    // The attacker compares the distribution before and after the release.
    const changed = (after?.distribution ?? []).flatMap((count, index) =>
      count !== (before?.distribution?.[index] ?? 0) ? [index + 1] : [],
    );
    const sumBefore = sumOf(before?.mean, before?.answerCount ?? 0) ?? 0;
    const sumAfter = sumOf(after?.mean, after?.answerCount ?? 0) ?? 0;
    expect(changed).not.toEqual([1]);
    expect(Math.round(sumAfter - sumBefore)).not.toBe(1);
  });

  it("L5: the prevailing trust mode of a partner of three does not give away the colleagues' choices", () => {
    const input = buildScan("full", [
      { name: "Alpha", respondents: 3 },
      { name: "Beta", respondents: 3 },
    ]);
    setAnswers(input, "context.trust-mode", { r1: 0, r2: 3, r3: 3, r4: 1, r5: 2, r6: 1 });
    const prevailing = diagnose(input).background.trustModes?.groups.p1 ?? null;
    // r1 chose 0: a unique top among three other than r1's own needs both colleagues to have chosen it.
    expect(prevailing).not.toBe(3);
  });
});
