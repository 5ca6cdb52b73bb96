import { ROLES, type Role } from "../../../content";
import { isDisclosureSafe } from "./is-disclosure-safe";
import type { DisclosurePlan, DisclosureSettings, Member, Release } from "./types";

/**
 * Decides which answers the results may show now, and in which groups.
 *
 * Results are shown in releases. A new release adds the answers submitted
 * since the last one, but only when the whole history stays safe (see
 * is-disclosure-safe.ts): seeing results before and after one more person
 * submitted must not reveal that person's answers. So a partner's figures
 * change only when enough new answers have arrived together; until then the
 * newest answers are held back. Within that rule, as much as possible is
 * shown, in this order of preference:
 *   1. every submitted answer, with the groups that fit the answers now;
 *   2. every submitted answer, keeping the groups of the last release;
 *   3. the answers of partners with at least `threshold` new respondents;
 *   4. nothing new (the last release stays as it is).
 * Within each candidate, roles are added one by one (executives first) as
 * long as the history stays safe. The same input always gives the same plan.
 */
export const MIN_THRESHOLD = 3;

const NO_PARTNER = "";

function partnerKey(member: Member): string {
  return member.partnerId ?? NO_PARTNER;
}

function countBy(members: readonly Member[], key: (member: Member) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const member of members) counts.set(key(member), (counts.get(key(member)) ?? 0) + 1);
  return counts;
}

/** Members with the candidate's release applied: those in `releasing` get `index`. */
function withRelease(members: readonly Member[], releasing: ReadonlySet<string>, index: number): Member[] {
  return members.map((member) => (releasing.has(member.id) ? { ...member, release: index } : member));
}

type Structure = Pick<Release, "reportedPartners" | "pooledPartners">;

/**
 * Partner groups that fit a set of respondents: partners with at least
 * `threshold` respondents on their own; the rest together as "other
 * partners" when they reach the threshold together. In open reporting every
 * partner is its own group. Respondents without a partner are only pooled.
 * Returns null when someone in `mustInclude` would be in no group.
 */
function freshStructure(
  included: readonly Member[],
  settings: DisclosureSettings,
): { structure: Structure; dropped: ReadonlySet<string> } {
  const perPartner = countBy(included, partnerKey);
  const order = [...perPartner.keys()].sort();
  if (settings.mode !== "group") {
    const reported = order.filter((partner) => partner !== NO_PARTNER);
    const pooled = perPartner.has(NO_PARTNER) ? [NO_PARTNER] : [];
    return { structure: { reportedPartners: reported, pooledPartners: pooled }, dropped: new Set() };
  }
  const reported = order.filter(
    (partner) => partner !== NO_PARTNER && (perPartner.get(partner) ?? 0) >= settings.threshold,
  );
  const small = order.filter((partner) => !reported.includes(partner));
  const pooledCount = small.reduce((sum, partner) => sum + (perPartner.get(partner) ?? 0), 0);
  if (pooledCount >= settings.threshold) {
    return { structure: { reportedPartners: reported, pooledPartners: small }, dropped: new Set() };
  }
  const smallSet = new Set(small);
  const dropped = new Set(included.filter((member) => smallSet.has(partnerKey(member))).map((member) => member.id));
  return { structure: { reportedPartners: reported, pooledPartners: [] }, dropped };
}

/** Adds roles one by one while the history stays safe. */
function withRoles(
  members: readonly Member[],
  history: readonly Release[],
  release: Release,
  settings: DisclosureSettings,
): Release {
  const included = members.filter((member) => member.release !== null && member.release <= release.index);
  const perRole = countBy(included, (member) => member.role ?? "");
  // In the order of the roles: executives first, as the difference between boards and the people at the
  // table is what a role view is for (double loyalty); every further role must fit beside them.
  const candidates = ROLES.filter((role) => (perRole.get(role) ?? 0) >= settings.threshold);
  const roles: Role[] = [];
  for (const role of candidates) {
    const trial = { ...release, roles: [...roles, role] };
    if (isDisclosureSafe(members, [...history, trial], settings)) roles.push(role);
  }
  return { ...release, roles };
}

export function planRelease(
  members: readonly Member[],
  history: readonly Release[],
  requested: DisclosureSettings,
): DisclosurePlan {
  const settings: DisclosureSettings = {
    mode: requested.mode,
    threshold: requested.mode === "self" ? 1 : Math.max(MIN_THRESHOLD, requested.threshold),
  };
  const ordered = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const last = history.at(-1) ?? null;
  const releasedBefore = new Set(ordered.filter((member) => member.release !== null).map((member) => member.id));
  const pending = ordered.filter((member) => member.release === null);
  const index = (last?.index ?? 0) + 1;

  const outcome = (release: Release | null, isNew: boolean, released: ReadonlySet<string>): DisclosurePlan => ({
    threshold: settings.threshold,
    mode: settings.mode,
    release,
    isNewRelease: isNew,
    released,
    newlyReleased: isNew
      ? ordered.filter((member) => released.has(member.id) && !releasedBefore.has(member.id)).map((member) => member.id)
      : [],
    heldBack: ordered.length - released.size,
    settings,
    members: ordered.map((member) =>
      isNew && release && released.has(member.id) && !releasedBefore.has(member.id)
        ? { ...member, release: release.index }
        : member,
    ),
    history: isNew && release ? [...history, release] : history,
  });

  const tryCandidate = (releasing: readonly Member[], structure: Structure | "fresh"): DisclosurePlan | null => {
    if (releasing.length === 0) return null;
    let included = [...ordered.filter((member) => releasedBefore.has(member.id)), ...releasing];
    let partners: Structure;
    if (structure === "fresh") {
      const fresh = freshStructure(included, settings);
      // Answers already shown cannot be taken back; a structure that would drop them does not fit.
      if ([...fresh.dropped].some((id) => releasedBefore.has(id))) return null;
      included = included.filter((member) => !fresh.dropped.has(member.id));
      partners = fresh.structure;
    } else {
      const grouped = new Set([...structure.reportedPartners, ...structure.pooledPartners]);
      included = included.filter((member) => grouped.has(partnerKey(member)));
      partners = { reportedPartners: structure.reportedPartners, pooledPartners: structure.pooledPartners };
    }
    const releasingIds = new Set(
      included.filter((member) => !releasedBefore.has(member.id)).map((member) => member.id),
    );
    const minimum = settings.mode === "group" ? settings.threshold : 1;
    if (releasingIds.size === 0 || included.length < minimum) return null;
    const candidateMembers = withRelease(ordered, releasingIds, index);
    const release = withRoles(candidateMembers, history, { index, ...partners, roles: [] }, settings);
    if (!isDisclosureSafe(candidateMembers, [...history, release], settings)) return null;
    return outcome(release, true, new Set(included.map((member) => member.id)));
  };

  const perPartnerPending = countBy(pending, partnerKey);
  // New respondents of the pooled partners change only the pool's figures: together they may suffice.
  const pooledBefore = new Set(last?.pooledPartners ?? []);
  const pooledPending = pending.filter((member) => pooledBefore.has(partnerKey(member)));
  const largeBatches = pending.filter(
    (member) =>
      (perPartnerPending.get(partnerKey(member)) ?? 0) >= settings.threshold ||
      (pooledBefore.has(partnerKey(member)) && pooledPending.length >= settings.threshold),
  );
  const candidates: [readonly Member[], Structure | "fresh"][] = [
    [pending, "fresh"],
    ...(last ? ([[pending, last]] as [readonly Member[], Structure][]) : []),
    [largeBatches, "fresh"],
    ...(last ? ([[largeBatches, last]] as [readonly Member[], Structure][]) : []),
  ];
  for (const [releasing, structure] of candidates) {
    const plan = tryCandidate(releasing, structure);
    if (plan) return plan;
  }
  return outcome(last, false, releasedBefore);
}
