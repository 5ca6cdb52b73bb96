import type { Role } from "../../../content";
import { isDisclosureSafe } from "./is-disclosure-safe";
import type { DisclosurePlan, Member, Release } from "./types";

/**
 * What one figure may show. A figure (a statement's score, a lens score, a
 * paradox measure, a motive's importance, the trust modes) rests on those who
 * answered it, not on everyone who submitted: a "weet niet" or a skipped item
 * leaves a person out of that figure, and so changes its groups. The
 * whole-respondent plan (plan-release.ts) cannot see that, so every figure is
 * checked again here, with the same rule (is-disclosure-safe.ts) over the
 * published sets of that figure in every release: the overall (with its
 * distribution, which counts answers of the same people), each partner, the
 * other partners together and each role, all restricted to those who count
 * for the figure.
 *
 * Release by release, as the results were shown:
 * 1. new answers count when their partner (or the pool) then has at least
 *    `threshold` answers on this figure; the others wait, so a partner whose
 *    people mostly said "weet niet" leaves its few answers out of the figure
 *    instead of exposing them through "overall minus the other partners";
 * 2. groups with fewer than `threshold` answers on the figure are not shown;
 * 3. if the history is still not safe (a role, or differencing between
 *    releases), roles are dropped, then groups are hidden one by one
 *    (complementary suppression, smallest first, chosen by the same check),
 *    and failing that the new answers wait for a later release.
 * Answers that counted once keep counting: taking them out would expose them
 * as a difference. Pure and deterministic; it only reads what the
 * whole-respondent plan decided.
 */
export type FigureDisclosure = {
  /** Respondents whose answer counts in this figure now. */
  counted: ReadonlySet<string>;
  /** The figure over everyone counted may be shown. */
  isOverallShown: boolean;
  /** Partners whose own figure may be shown. */
  partners: ReadonlySet<string>;
  /** The other partners together may be shown. */
  isPoolShown: boolean;
  roles: ReadonlySet<Role>;
};

const NOTHING: FigureDisclosure = {
  counted: new Set(),
  isOverallShown: false,
  partners: new Set(),
  isPoolShown: false,
  roles: new Set(),
};

type Step = { counted: Map<string, number>; releases: Release[] };

function partnerKey(member: Member): string {
  return member.partnerId ?? "";
}

/** The figure's own members: those who answered it, with the release in which their answer first counted here. */
function figureMembers(answerers: readonly Member[], counted: ReadonlyMap<string, number>): Member[] {
  return answerers.map((member) => ({ ...member, release: counted.get(member.id) ?? null }));
}

export function planFigure(plan: DisclosurePlan, answered: ReadonlySet<string>): FigureDisclosure {
  const { history, members, settings } = plan;
  if (plan.release === null || history.length === 0) return NOTHING;
  const answerers = members.filter((member) => member.release !== null && answered.has(member.id));
  if (settings.mode === "self") {
    return {
      counted: new Set(answerers.map((member) => member.id)),
      isOverallShown: answerers.length > 0,
      partners: new Set(plan.release.reportedPartners),
      isPoolShown: plan.release.pooledPartners.length > 0,
      roles: new Set(plan.release.roles),
    };
  }
  const threshold = settings.threshold;
  let step: Step = { counted: new Map(), releases: [] };

  for (const release of history) {
    const wholeSize = (partnerId: string) =>
      members.filter(
        (member) => member.partnerId === partnerId && member.release !== null && member.release <= release.index,
      ).length;
    // Open reporting: a partner smaller than the threshold as a whole was shown by the respondents' choice.
    const minimumFor = (partnerId: string) =>
      settings.mode === "open" && wholeSize(partnerId) < threshold ? 1 : threshold;
    const pooled = new Set(release.pooledPartners);
    const eligible = answerers.filter((member) => (member.release as number) <= release.index);
    const isNew = (member: Member) => !step.counted.has(member.id);
    const countIn = (ids: ReadonlySet<string>, isInGroup: (member: Member) => boolean) =>
      eligible.filter((member) => ids.has(member.id) && isInGroup(member)).length;
    const groupOf = (member: Member) => (pooled.has(partnerKey(member)) ? "pool" : partnerKey(member));

    // 1. New answers whose group reaches its minimum on this figure together with those already counted.
    const everyone = new Set(eligible.map((member) => member.id));
    const reaching = eligible.filter((member) => {
      if (!isNew(member)) return false;
      const group = groupOf(member);
      if (group === "pool") return countIn(everyone, (other) => pooled.has(partnerKey(other))) >= threshold;
      if (!release.reportedPartners.includes(group)) return false;
      return countIn(everyone, (other) => partnerKey(other) === group) >= minimumFor(group);
    });

    const attempt = (adding: readonly Member[]): Step | null => {
      const counted = new Map(step.counted);
      for (const member of adding) counted.set(member.id, release.index);
      const ids = new Set(counted.keys());
      const fMembers = figureMembers(answerers, counted);
      const shownPartners = release.reportedPartners.filter(
        (partnerId) => countIn(ids, (member) => partnerKey(member) === partnerId) >= minimumFor(partnerId),
      );
      const isPoolShown = pooled.size > 0 && countIn(ids, (member) => pooled.has(partnerKey(member))) >= threshold;
      const base: Release = {
        index: release.index,
        reportedPartners: shownPartners,
        pooledPartners: isPoolShown ? release.pooledPartners : [],
        roles: [],
      };
      const isSafe = (candidate: Release) => isDisclosureSafe(fMembers, [...step.releases, candidate], settings);
      const suppressed = complementarySuppression(base, isSafe, (partnerId) =>
        countIn(ids, (member) => partnerKey(member) === partnerId),
      );
      if (suppressed === null) return null;
      let chosen: Release = suppressed;
      // Roles one by one, in the order the whole-respondent plan chose them, while the history stays safe.
      for (const role of release.roles) {
        if (countIn(ids, (member) => member.role === role) < threshold) continue;
        const trial: Release = { ...chosen, roles: [...chosen.roles, role] };
        if (isSafe(trial)) chosen = trial;
      }
      return { counted, releases: [...step.releases, chosen] };
    };

    step = (reaching.length > 0 ? attempt(reaching) : null) ??
      attempt([]) ?? {
        // Nothing new and the same groups as before: the same sums again, which tells nobody anything new.
        counted: step.counted,
        releases: [
          ...step.releases,
          {
            ...(step.releases.at(-1) ?? { reportedPartners: [], pooledPartners: [], roles: [] }),
            index: release.index,
          },
        ],
      };
  }

  const last = step.releases.at(-1);
  return {
    counted: new Set(step.counted.keys()),
    isOverallShown: step.counted.size > 0,
    partners: new Set(last?.reportedPartners ?? []),
    isPoolShown: (last?.pooledPartners.length ?? 0) > 0,
    roles: new Set(last?.roles ?? []),
  };
}

/**
 * The release itself when safe; otherwise groups hidden one by one, smallest
 * first, taking the first single hide that makes the history safe; null when
 * hiding every group does not (then only the overall is left, and it is not).
 */
function complementarySuppression(
  base: Release,
  isSafe: (candidate: Release) => boolean,
  sizeOf: (partnerId: string) => number,
): Release | null {
  let hidden = base;
  for (;;) {
    if (isSafe(hidden)) return hidden;
    const options: Release[] = [
      ...[...hidden.reportedPartners]
        .sort((a, b) => sizeOf(a) - sizeOf(b) || (a < b ? -1 : 1))
        .map((partnerId) => ({
          ...hidden,
          reportedPartners: hidden.reportedPartners.filter((id) => id !== partnerId),
        })),
      ...(hidden.pooledPartners.length > 0 ? [{ ...hidden, pooledPartners: [] }] : []),
    ];
    const first = options[0];
    if (first === undefined) return null;
    const safe = options.find(isSafe);
    if (safe) return safe;
    hidden = first;
  }
}

/**
 * Figures with the same answerers get the same decision: one plan per
 * distinct set of non-answerers. Most statements are answered by everyone.
 */
export function figurePlanner(plan: DisclosurePlan): (answered: ReadonlySet<string>) => FigureDisclosure {
  const cache = new Map<string, FigureDisclosure>();
  const released = plan.members.filter((member) => member.release !== null).map((member) => member.id);
  return (answered) => {
    const key = released.filter((id) => !answered.has(id)).join("\u0000");
    let found = cache.get(key);
    if (!found) {
      found = planFigure(plan, answered);
      cache.set(key, found);
    }
    return found;
  };
}
