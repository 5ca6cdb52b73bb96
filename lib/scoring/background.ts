import { contextQuestions } from "../../content";
import { figurePlanner } from "./disclosure/figure-plan";
import type { DisclosurePlan } from "./disclosure/types";
import type { ScanInput } from "./input";
import { likertToScore } from "./likert";
import { round } from "./stats";
import type { BackgroundResult, TrustUndecided } from "./types";

/**
 * The background step of the full scan, as results: which way of combining
 * trust and vigilance prevails (Kaats & Opheij's four trust modes), overall
 * and per partner group, and how important each motive to collaborate is to
 * each partner group, so that partners can see whether they share their
 * motives (table 2.1). Only released respondents count, in the groups the
 * disclosure plan publishes: each reported partner and the pool.
 *
 * Each question is a figure of its own for the disclosure plan
 * (disclosure/figure-plan.ts): it counts only those who answered it, and a
 * group is shown on it only where the plan allows. A prevailing trust mode
 * says more than a mean: in a group of three, someone whose own choice is not
 * the prevailing one knows both others chose it. So in group reporting it is
 * named only from at least threshold + 1 answers (and one mode chosen more
 * than any other); the counts per mode are published for all respondents
 * together only.
 */
const TRUST_MODE = "context.trust-mode";
const MOTIVES = "context.motives";
/** Partners differ on a motive when their mean importance lies more than 1⅓ steps apart (as statements, on 0–100). */
const MOTIVE_GAP = 100 / 3;

type Group = { id: string; respondents: ScanInput["respondents"] };

export function computeBackground(input: ScanInput, plan: DisclosurePlan, minimumAnswers: number): BackgroundResult {
  const trustQuestion = contextQuestions.find((question) => question.id === TRUST_MODE);
  const motivesQuestion = contextQuestions.find((question) => question.id === MOTIVES);
  const isAsked = (question: typeof trustQuestion) => question?.variants.includes(input.scan.variant) ?? false;
  if (!plan.release || !isAsked(trustQuestion)) return { trustModes: null, motives: [] };

  const release = plan.release;
  const released = input.respondents.filter((respondent) => plan.released.has(respondent.id));
  const pooled = new Set(release.pooledPartners);
  const planFor = figurePlanner(plan);
  /** The groups shown on one question, each with the respondents whose answer to it counts. */
  const groupsFor = (itemId: string) => {
    const answered = new Set(
      released
        .filter((respondent) => typeof respondent.answers[itemId] === "number")
        .map((respondent) => respondent.id),
    );
    const figure = planFor(answered);
    const counted = released.filter((respondent) => figure.counted.has(respondent.id));
    const groups: (Group & { isShown: boolean })[] = [
      ...release.reportedPartners.map((partnerId) => ({
        id: partnerId,
        isShown: figure.partners.has(partnerId),
        respondents: counted.filter((respondent) => respondent.partnerId === partnerId),
      })),
      ...(pooled.size > 0
        ? [
            {
              id: "pool",
              isShown: figure.isPoolShown,
              respondents: counted.filter((respondent) => pooled.has(respondent.partnerId ?? "")),
            },
          ]
        : []),
    ];
    return { overall: figure.isOverallShown ? counted : [], groups };
  };

  const modeCodes = trustQuestion?.options.map((option) => option.code) ?? [];
  const countModes = (respondents: Group["respondents"]) =>
    modeCodes.map((code) => respondents.filter((respondent) => respondent.answers[TRUST_MODE] === code).length);
  const minimumForMode = plan.mode === "group" ? plan.threshold + 1 : minimumAnswers;
  const prevailing = (counts: number[]): number | null => {
    const answered = counts.reduce((sum, count) => sum + count, 0);
    const top = Math.max(...counts);
    if (answered < minimumForMode || counts.filter((count) => count === top).length !== 1) return null;
    return modeCodes[counts.indexOf(top)] ?? null;
  };
  /**
   * Why no mode is named: a group not shown on this question, or with fewer
   * answers than naming a mode needs, has "too few"; otherwise modes tie.
   */
  const undecided = (counts: number[], isShown: boolean): TrustUndecided | null => {
    if (isShown && prevailing(counts) !== null) return null;
    const answered = counts.reduce((sum, count) => sum + count, 0);
    return !isShown || answered < minimumForMode ? "too-few" : "tied";
  };
  const trust = groupsFor(TRUST_MODE);
  const overallCounts = countModes(trust.overall);

  const motiveIds = isAsked(motivesQuestion) ? (motivesQuestion?.options.map((option) => option.id) ?? []) : [];
  const meanImportance = (respondents: Group["respondents"], motiveId: string, isShown = true): number | null => {
    if (!isShown) return null;
    const values = respondents.flatMap((respondent) => {
      const value = respondent.answers[motiveId];
      return typeof value === "number" ? [likertToScore(value, false)] : [];
    });
    if (values.length < minimumAnswers || values.length === 0) return null;
    return round(values.reduce((sum, value) => sum + value, 0) / values.length);
  };

  return {
    trustModes: {
      counts: Object.fromEntries(modeCodes.map((code, index) => [code, overallCounts[index] ?? 0])),
      prevailing: prevailing(overallCounts),
      groups: Object.fromEntries(
        trust.groups.map((group) => [group.id, group.isShown ? prevailing(countModes(group.respondents)) : null]),
      ),
      undecided: {
        overall: undecided(overallCounts, trust.overall.length > 0),
        groups: Object.fromEntries(
          trust.groups.flatMap((group) => {
            const reason = undecided(countModes(group.respondents), group.isShown);
            return reason ? [[group.id, reason]] : [];
          }),
        ),
      },
    },
    motives: motiveIds.map((motiveId) => {
      const { overall, groups } = groupsFor(motiveId);
      const byGroup = Object.fromEntries(
        groups.map((group) => [group.id, meanImportance(group.respondents, motiveId, group.isShown)]),
      );
      const partnerValues = groups
        .filter((group) => group.id !== "pool")
        .map((group) => byGroup[group.id])
        .filter((value): value is number => value !== null && value !== undefined);
      const gap = partnerValues.length >= 2 ? Math.max(...partnerValues) - Math.min(...partnerValues) : null;
      return {
        id: motiveId,
        importance: meanImportance(overall, motiveId),
        groups: byGroup,
        partnerGap: gap,
        isShared: gap === null ? null : gap <= MOTIVE_GAP,
      };
    }),
  };
}
