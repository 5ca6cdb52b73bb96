import { identifiability } from "./linear-identifiability";
import { publishedSets } from "./published-sets";
import type { DisclosureSettings, Member, Release } from "./types";

/**
 * The rule every release must keep, for the whole history of releases:
 * nobody who sees every published figure, now and before, and knows their own
 * answers, can work out another single respondent's answers by sums and
 * differences of published figures; nor can anyone work out the total of a
 * group of fewer than `threshold` people.
 *
 * In cells (see published-sets.ts) that means:
 * - no cell of fewer than `threshold` people has a total that follows from
 *   the published sums (for one person that is their answer; for two, the
 *   other's answer to either of them);
 * - no two people alone in their cells are linked, so that one, knowing their
 *   own answer, could work out the other's.
 *
 * With open reporting, every respondent was told that their partner's
 * figures are shown even when the partner has fewer respondents than the
 * threshold. So someone whose partner was shown while smaller than the
 * threshold, in a release that included them, is not protected; everyone who
 * only ever counted in a partner of at least the threshold still is.
 */
export function isDisclosureSafe(
  members: readonly Member[],
  releases: readonly Release[],
  settings: DisclosureSettings,
): boolean {
  if (settings.mode === "self") return true;
  const { matrix, cells, cellPartner, cellRelease } = publishedSets(members, releases);
  if (cells.length === 0) return true;
  const isConsented = (cell: number) =>
    settings.mode === "open" &&
    wasShownSmall(members, releases, cellPartner[cell] ?? null, cellRelease[cell] ?? 0, settings.threshold);
  const solved = identifiability(matrix, cells.length);

  const singletons: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) {
    const size = (cells[cell] as string[]).length;
    if (isConsented(cell)) continue;
    if (size < settings.threshold && solved.isDetermined(cell)) return false;
    if (size === 1) singletons.push(cell);
  }
  // The observer may be alone in any cell, consented or not; the target is a protected lone person.
  const observers: number[] = [];
  for (let cell = 0; cell < cells.length; cell++) if ((cells[cell] as string[]).length === 1) observers.push(cell);
  for (const target of singletons) {
    for (const observer of observers) {
      if (observer !== target && solved.areLinked(observer, target)) return false;
    }
  }
  return true;
}

/** Whether a release from `firstRelease` on showed this partner as a group of fewer than `threshold` people. */
function wasShownSmall(
  members: readonly Member[],
  releases: readonly Release[],
  partnerId: string | null,
  firstRelease: number,
  threshold: number,
): boolean {
  if (partnerId === null) return false;
  return releases.some(
    (release) =>
      release.index >= firstRelease &&
      release.reportedPartners.includes(partnerId) &&
      members.filter(
        (member) => member.partnerId === partnerId && member.release !== null && member.release <= release.index,
      ).length < threshold,
  );
}
