import { type LensId, ROLES, type Role } from "../../content";
import { type Aggregates, aggregate, type Dimension, figure, figureValuesOf, type Layout } from "./aggregate";
import {
  AGREEMENT_LIMIT_ANSWERS,
  AGREEMENT_LIMIT_POINTS,
  AGREEMENT_LIMIT_POSITION,
  AGREEMENT_LIMIT_POSITIONS,
  averageDeviation,
  averageDeviationOfCounts,
  partnersDisagree,
} from "./agreement";
import { bandFor, CAMP_SHARE, consensusFor, ONE_SIDED_FROM } from "./bands";
import { type FigureDisclosure, figurePlanner } from "./disclosure/figure-plan";
import type { DisclosurePlan } from "./disclosure/types";
import type { ScanInput } from "./input";
import { scoreToMeanAsWorded } from "./likert";
import { meanOf, round, spreadOf } from "./stats";
import type { GroupResult, LensResult, ParadoxResult, PartnerResult, StatementResult } from "./types";

/**
 * Turns the answers into the figures the disclosure plan allows. Only the
 * released respondents count. Which groups have figures of their own (each
 * reported partner, the pool of other partners, the shown roles) is the
 * plan's decision, and per figure the figure plan's (disclosure/figure-plan.ts):
 * a figure rests on those who answered it, so a group may be hidden, or a
 * few answers left out, on one statement while it shows everywhere else.
 */
export type Core = {
  threshold: number;
  isSuppressed: boolean;
  respondentCount: number;
  lenses: LensResult[];
  statements: StatementResult[];
  paradoxes: ParadoxResult[];
  partners: PartnerResult[];
  pool: GroupResult | null;
  roles: (GroupResult & { id: Role })[];
};

/** Figures of groups need two answers in group reporting; open and self reporting show single answers by choice. */
function minimumAnswers(plan: DisclosurePlan): number {
  return plan.mode === "group" ? 2 : 1;
}

function range(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return null;
  return Math.max(...present) - Math.min(...present);
}

function present(values: (number | null)[]): number[] {
  return values.filter((value): value is number => value !== null);
}

function deviation(values: (number | null)[]): number | null {
  return averageDeviation(present(values));
}

/** Whether a group's figure may be shown: per figure index, or (null) whether the group has a column at all. */
type IsShown = (f: number | null) => boolean;

/** The disclosure decision per figure, from who has a value for it among the released respondents. */
function figureDisclosures(
  released: readonly ScanInput["respondents"][number][],
  layout: Layout,
  plan: DisclosurePlan,
): FigureDisclosure[] {
  const answerers = Array.from({ length: layout.figureCount }, () => new Set<string>());
  const values = new Float64Array(layout.figureCount);
  for (const respondent of released) {
    figureValuesOf(respondent, layout, values);
    values.forEach((value, f) => {
      if (!Number.isNaN(value)) answerers[f]?.add(respondent.id);
    });
  }
  const planFor = figurePlanner(plan);
  return answerers.map((answered) => planFor(answered));
}

export function computeCore(input: ScanInput, layout: Layout, plan: DisclosurePlan): Core {
  const release = plan.release;
  const released = input.respondents.filter((respondent) => plan.released.has(respondent.id));
  const reported = new Map((release?.reportedPartners ?? []).map((partnerId) => [partnerId, 0]));
  const pooled = new Set(release?.pooledPartners ?? []);
  const poolGroup = input.partners.length;
  const partnerIndex = new Map(input.partners.map((partner, index) => [partner.id, index]));
  const shownRoles = ROLES.filter((role) => release?.roles.includes(role));
  const figures = figureDisclosures(released, layout, plan);
  const aggregates: Aggregates = aggregate(
    released,
    layout,
    {
      partnerGroups: input.partners.length + 1,
      roleGroups: ROLES.length + 1,
      partnerGroup: (respondent) =>
        respondent.partnerId !== null && reported.has(respondent.partnerId)
          ? (partnerIndex.get(respondent.partnerId) ?? poolGroup)
          : poolGroup,
      roleGroup: (respondent) =>
        respondent.role !== null && shownRoles.includes(respondent.role)
          ? ROLES.indexOf(respondent.role)
          : ROLES.length,
    },
    (respondentId, f) => figures[f]?.counted.has(respondentId) ?? false,
  );
  const minimum = minimumAnswers(plan);
  const respondentCount = released.length;
  const isSuppressed = release === null;
  const hasPool = pooled.size > 0;

  const overall = (f: number): number | null => {
    const count = aggregates.overall.count[f] ?? 0;
    if (isSuppressed || !figures[f]?.isOverallShown || count < minimum || count === 0) return null;
    return meanOf(count, aggregates.overall.sum[f] ?? 0);
  };
  const groupMean = (
    dimension: Dimension,
    isShown: (f: number) => boolean,
    f: number,
    group: number,
  ): number | null => {
    if (!isShown(f)) return null;
    const index = f * dimension.groupCount + group;
    const count = dimension.count[index] ?? 0;
    if (count < minimum || count === 0) return null;
    return meanOf(count, dimension.sum[index] ?? 0);
  };
  const isPartnerShown = (partnerId: string) => !isSuppressed && reported.has(partnerId);
  const isPartnerShownOn = (partnerId: string) => (f: number) =>
    isPartnerShown(partnerId) && (figures[f]?.partners.has(partnerId) ?? false);
  const isPoolShownOn = (f: number) => !isSuppressed && (figures[f]?.isPoolShown ?? false);
  const isRoleShownOn = (role: Role) => (f: number) => !isSuppressed && (figures[f]?.roles.has(role) ?? false);
  const partnerValues = (f: number) =>
    input.partners.map((partner, g) => groupMean(aggregates.partner, isPartnerShownOn(partner.id), f, g));

  const statements: StatementResult[] = layout.statements.map((statement, s) => {
    const count = aggregates.overall.count[s] ?? 0;
    const score = overall(s);
    const isShown = score !== null;
    const distribution = Array.from(
      aggregates.distribution.subarray(s * 5, s * 5 + 5),
    ) as StatementResult["distribution"];
    const low = (distribution?.[0] ?? 0) + (distribution?.[1] ?? 0);
    const high = (distribution?.[3] ?? 0) + (distribution?.[4] ?? 0);
    // Two camps: individuals disagree beyond the agreement limit, with a quarter or more on each side, and
    // fewer in the middle than on either side (a spread around neutral is not two camps).
    const individualDeviation = distribution ? averageDeviationOfCounts(distribution) : null;
    const middle = distribution?.[2] ?? 0;
    const isSplit =
      isShown &&
      count >= 4 &&
      (individualDeviation ?? 0) > AGREEMENT_LIMIT_ANSWERS &&
      low / count >= CAMP_SHARE &&
      high / count >= CAMP_SHARE &&
      middle < Math.min(low, high);
    const partnerGap = isShown ? range(partnerValues(s)) : null;
    const partnerDeviation = isShown ? deviation(partnerValues(s)) : null;
    return {
      id: statement.id,
      lensId: statement.lensId,
      score: isShown ? round(score) : null,
      mean: isShown ? round(scoreToMeanAsWorded(score, statement.isReversed), 2) : null,
      agreeShare: isShown && count > 0 ? round((high / count) * 100) : null,
      answerCount: count,
      dontKnowCount: aggregates.dontKnow[s] ?? 0,
      distribution: isShown ? distribution : null,
      spread: isShown
        ? round(spreadOf(count, aggregates.overall.sum[s] ?? 0, aggregates.overall.sumOfSquares[s] ?? 0) ?? 0, 1)
        : null,
      partnerGap: partnerGap === null ? null : round(partnerGap),
      partnerDeviation: partnerDeviation === null ? null : round(partnerDeviation, 1),
      isSplit,
      isContested: isShown && (partnersDisagree(present(partnerValues(s)), AGREEMENT_LIMIT_POINTS) || isSplit),
    };
  });

  const lensResults: LensResult[] = layout.lensIds.map((id, l) => {
    const f = figure.lens(layout, l);
    const score = overall(f);
    const respondentsWithScore = aggregates.overall.count[f] ?? 0;
    const lensStatements = statements.filter((statement) => statement.lensId === id);
    const answerCount = lensStatements.reduce((sum, statement) => sum + statement.answerCount, 0);
    const withData = lensStatements.filter((statement) => statement.score !== null);
    const contestedShare = withData.length > 0 ? withData.filter((s) => s.isContested).length / withData.length : 0;
    const partnerSpread = score === null ? null : deviation(partnerValues(f));
    return {
      id,
      score: score === null ? null : round(score),
      band: score === null ? null : bandFor(round(score)),
      status: isSuppressed ? "suppressed" : score === null ? "insufficient" : "scored",
      respondentCount: respondentsWithScore,
      answerCount,
      consensus: partnerSpread === null ? null : consensusFor(partnerSpread, contestedShare),
    };
  });

  const paradoxResults: ParadoxResult[] = layout.paradoxes.map((paradox, p) => {
    const fCurrent = figure.current(layout, p);
    const count = aggregates.overall.count[fCurrent] ?? 0;
    const current = overall(fCurrent);
    const desired = overall(figure.desired(layout, p));
    const openness = overall(figure.openness(layout, p));
    // Two camps of people: they disagree beyond the agreement limit, with a quarter or more towards each pole.
    const individualDeviation = averageDeviationOfCounts(Array.from(aggregates.positions.subarray(p * 7, p * 7 + 7)));
    const isSplit =
      current !== null &&
      count >= 4 &&
      (individualDeviation ?? 0) > AGREEMENT_LIMIT_POSITIONS &&
      (aggregates.towardsA[p] ?? 0) / count >= CAMP_SHARE &&
      (aggregates.towardsB[p] ?? 0) / count >= CAMP_SHARE;
    const partnerSpread = current === null ? null : deviation(partnerValues(fCurrent));
    const oneSidedness = current === null ? null : Math.abs(current);
    return {
      id: paradox.id,
      current: current === null ? null : round(current, 2),
      desired: desired === null ? null : round(desired, 2),
      gap: current === null || desired === null ? null : round(desired - current, 2),
      openness: openness === null ? null : round(openness),
      spread:
        current === null
          ? null
          : round(
              spreadOf(count, aggregates.overall.sum[fCurrent] ?? 0, aggregates.overall.sumOfSquares[fCurrent] ?? 0) ??
                0,
              2,
            ),
      oneSidedness: oneSidedness === null ? null : round(oneSidedness, 2),
      isOneSided: oneSidedness !== null && oneSidedness >= ONE_SIDED_FROM,
      partnerDeviation: partnerSpread === null ? null : round(partnerSpread, 2),
      isSplit,
      isContested:
        current !== null && (partnersDisagree(present(partnerValues(fCurrent)), AGREEMENT_LIMIT_POSITION) || isSplit),
      answerCount: count,
    };
  });

  const groupResult = (dimension: Dimension, group: number, id: string, name: string, isShown: IsShown) => {
    const value = (f: number, decimals: number) => {
      const mean = groupMean(dimension, isShown, f, group);
      return mean === null ? null : round(mean, decimals);
    };
    return {
      id,
      name,
      respondents: dimension.respondents[group] ?? 0,
      suppressed: !isShown(null),
      lenses: Object.fromEntries(
        layout.lensIds.map((lensId, l) => [lensId, value(figure.lens(layout, l), 0)]),
      ) as Record<LensId, number | null>,
      statements: Object.fromEntries(layout.statements.map((statement, s) => [statement.id, value(s, 0)])),
      statementMeans: Object.fromEntries(
        layout.statements.map((statement, s) => {
          const mean = groupMean(dimension, isShown, s, group);
          return [statement.id, mean === null ? null : round(scoreToMeanAsWorded(mean, statement.isReversed), 2)];
        }),
      ),
      paradoxes: Object.fromEntries(
        layout.paradoxes.map((paradox, p) => [paradox.id, value(figure.current(layout, p), 2)]),
      ),
    };
  };

  const submittedPerPartner = new Map<string, number>();
  for (const respondent of input.respondents) {
    const key = respondent.partnerId ?? "";
    submittedPerPartner.set(key, (submittedPerPartner.get(key) ?? 0) + 1);
  }
  const partners: PartnerResult[] = input.partners.map((partner, g) => {
    const submitted = submittedPerPartner.get(partner.id) ?? 0;
    const inFigures = released.filter((respondent) => respondent.partnerId === partner.id).length;
    const status: PartnerResult["status"] =
      submitted === 0
        ? "no-response"
        : isPartnerShown(partner.id)
          ? "shown"
          : pooled.has(partner.id) && !isSuppressed
            ? "pooled"
            : "held-back";
    return {
      ...groupResult(aggregates.partner, g, partner.id, partner.name, (f) =>
        f === null ? isPartnerShown(partner.id) : isPartnerShownOn(partner.id)(f),
      ),
      respondents: inFigures,
      submitted,
      status,
    };
  });

  return {
    threshold: plan.threshold,
    isSuppressed,
    respondentCount,
    lenses: lensResults,
    statements,
    paradoxes: paradoxResults,
    partners,
    pool:
      hasPool && !isSuppressed
        ? groupResult(aggregates.partner, poolGroup, "pool", "", (f) => f === null || isPoolShownOn(f))
        : null,
    roles: shownRoles.map((role) => ({
      ...groupResult(aggregates.role, ROLES.indexOf(role), role, role, (f) =>
        f === null ? !isSuppressed : isRoleShownOn(role)(f),
      ),
      id: role,
    })),
  };
}
