import { type LensId, ROLES, type Role } from "../../content";
import { type Aggregates, type Dimension, figure, type Layout } from "./aggregate";
import { bandFor, CAMP_SHARE, consensusFor, ONE_SIDED_FROM, SIGNIFICANT_GAP, SIGNIFICANT_POSITION_GAP } from "./bands";
import type { ScanInput } from "./input";
import { meanOf, round, spreadOf } from "./stats";
import type { GroupResult, LensResult, ParadoxResult, StatementResult } from "./types";
import { visibilityOf } from "./visibility";

/**
 * Turns the running sums into the reportable figures, applying the anonymity
 * rules: the overall figure needs `threshold` answers; a group figure needs
 * that too and must survive complementary suppression.
 */
export type Core = {
  threshold: number;
  isSuppressed: boolean;
  lenses: LensResult[];
  statements: StatementResult[];
  paradoxes: ParadoxResult[];
  partners: GroupResult[];
  roles: (GroupResult & { id: Role })[];
};

type Reader = {
  overall: (figureIndex: number) => number | null;
  group: (dimension: Dimension, visible: Uint8Array, figureIndex: number, group: number) => number | null;
};

function reader(aggregates: Aggregates, threshold: number, isSuppressed: boolean): Reader {
  return {
    overall: (f) => {
      const count = aggregates.overall.count[f] ?? 0;
      if (isSuppressed || count < threshold || count === 0) return null;
      return meanOf(count, aggregates.overall.sum[f] ?? 0);
    },
    group: (dimension, visible, f, group) => {
      const index = f * dimension.groupCount + group;
      if (isSuppressed || !visible[index]) return null;
      return meanOf(dimension.count[index] ?? 0, dimension.sum[index] ?? 0);
    },
  };
}

function range(values: (number | null)[]): number | null {
  const present = values.filter((value): value is number => value !== null);
  if (present.length < 2) return null;
  return Math.max(...present) - Math.min(...present);
}

/**
 * `input` holds every respondent (for the counts and the threshold);
 * `aggregates` only those whose answers may be reported, and `excluded` names
 * the partners left out entirely.
 */
export function computeCore(
  input: ScanInput,
  layout: Layout,
  aggregates: Aggregates,
  excluded: ReadonlySet<string>,
): Core {
  const respondentCount = input.respondents.length;
  const partnerRespondents = new Map<string, number>();
  for (const respondent of input.respondents) {
    if (respondent.partnerId)
      partnerRespondents.set(respondent.partnerId, (partnerRespondents.get(respondent.partnerId) ?? 0) + 1);
  }
  const threshold = respondentCount === 1 ? 1 : input.scan.anonymityThreshold;
  const isSuppressed = respondentCount > 1 && respondentCount < threshold;
  const read = reader(aggregates, threshold, isSuppressed);
  const partnerCount = input.partners.length;
  const partnerVisible = visibilityOf(aggregates.partner, layout.figureCount, threshold, (g) => g === partnerCount);
  const roleVisible = visibilityOf(aggregates.role, layout.figureCount, threshold, (g) => g === ROLES.length);
  const partnerValues = (f: number) =>
    input.partners.map((_, g) => read.group(aggregates.partner, partnerVisible, f, g));

  const statements: StatementResult[] = layout.statements.map((statement, s) => {
    const count = aggregates.overall.count[s] ?? 0;
    const score = read.overall(s);
    const isShown = score !== null;
    const distribution = Array.from(
      aggregates.distribution.subarray(s * 5, s * 5 + 5),
    ) as StatementResult["distribution"];
    const low = (distribution?.[0] ?? 0) + (distribution?.[1] ?? 0);
    const high = (distribution?.[3] ?? 0) + (distribution?.[4] ?? 0);
    const isSplit = isShown && count >= 4 && low / count >= CAMP_SHARE && high / count >= CAMP_SHARE;
    const partnerGap = isShown ? range(partnerValues(s)) : null;
    return {
      id: statement.id,
      lensId: statement.lensId,
      score: isShown ? round(score) : null,
      mean: isShown ? round((score / 100) * 4 + 1, 2) : null,
      answerCount: count,
      dontKnowCount: aggregates.dontKnow[s] ?? 0,
      distribution: isShown ? distribution : null,
      spread: isShown
        ? round(spreadOf(count, aggregates.overall.sum[s] ?? 0, aggregates.overall.sumOfSquares[s] ?? 0) ?? 0, 1)
        : null,
      partnerGap: partnerGap === null ? null : round(partnerGap),
      isSplit,
      isContested: isShown && ((partnerGap ?? 0) > SIGNIFICANT_GAP || isSplit),
    };
  });

  const lensResults: LensResult[] = layout.lensIds.map((id, l) => {
    const f = figure.lens(layout, l);
    const score = read.overall(f);
    const respondentsWithScore = aggregates.overall.count[f] ?? 0;
    const lensStatements = statements.filter((statement) => statement.lensId === id);
    const answerCount = lensStatements.reduce((sum, statement) => sum + statement.answerCount, 0);
    const withData = lensStatements.filter((statement) => statement.score !== null);
    const contestedShare = withData.length > 0 ? withData.filter((s) => s.isContested).length / withData.length : 0;
    const partnerRange = score === null ? null : range(partnerValues(f));
    return {
      id,
      score: score === null ? null : round(score),
      band: score === null ? null : bandFor(round(score)),
      status: isSuppressed ? "suppressed" : score === null ? "insufficient" : "scored",
      respondentCount: respondentsWithScore,
      answerCount,
      consensus: partnerRange === null ? null : consensusFor(partnerRange, contestedShare),
    };
  });

  const paradoxResults: ParadoxResult[] = layout.paradoxes.map((paradox, p) => {
    const fCurrent = figure.current(layout, p);
    const count = aggregates.overall.count[fCurrent] ?? 0;
    const current = read.overall(fCurrent);
    const desired = read.overall(figure.desired(layout, p));
    const openness = read.overall(figure.openness(layout, p));
    const isSplit =
      current !== null &&
      count >= 4 &&
      (aggregates.towardsA[p] ?? 0) / count >= CAMP_SHARE &&
      (aggregates.towardsB[p] ?? 0) / count >= CAMP_SHARE;
    const partnerRange = current === null ? null : range(partnerValues(fCurrent));
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
      isContested: current !== null && ((partnerRange ?? 0) > SIGNIFICANT_POSITION_GAP || isSplit),
      answerCount: count,
    };
  });

  const groupResult = (
    dimension: Dimension,
    visible: Uint8Array,
    group: number,
    id: string,
    name: string,
    totalRespondents: number,
    isExcluded: boolean,
  ): GroupResult => {
    const respondents = totalRespondents;
    const suppressed = isSuppressed || respondents < threshold;
    const value = (f: number, decimals: number) => {
      const mean = suppressed ? null : read.group(dimension, visible, f, group);
      return mean === null ? null : round(mean, decimals);
    };
    return {
      id,
      name,
      respondents,
      suppressed,
      isExcludedFromOverall: isExcluded,
      lenses: Object.fromEntries(
        layout.lensIds.map((lensId, l) => [lensId, value(figure.lens(layout, l), 0)]),
      ) as Record<LensId, number | null>,
      statements: Object.fromEntries(layout.statements.map((statement, s) => [statement.id, value(s, 0)])),
      paradoxes: Object.fromEntries(
        layout.paradoxes.map((paradox, p) => [paradox.id, value(figure.current(layout, p), 2)]),
      ),
    };
  };

  return {
    threshold,
    isSuppressed,
    lenses: lensResults,
    statements,
    paradoxes: paradoxResults,
    partners: input.partners.map((partner, g) =>
      groupResult(
        aggregates.partner,
        partnerVisible,
        g,
        partner.id,
        partner.name,
        partnerRespondents.get(partner.id) ?? 0,
        excluded.has(partner.id),
      ),
    ),
    roles: ROLES.flatMap((role, g) => {
      const count = aggregates.role.respondents[g] ?? 0;
      return count > 0 ? [{ ...groupResult(aggregates.role, roleVisible, g, role, role, count, false), id: role }] : [];
    }),
  };
}
