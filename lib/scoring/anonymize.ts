import type { ScanInput } from "./input";

/**
 * The answers that may be reported, with their groups made safe:
 * - a partner with fewer respondents than the threshold shows no figures;
 *   if the small partners together also stay below it, their answers are
 *   left out altogether (the overall minus the visible partners would
 *   reveal them); otherwise they stay in the overall without a partner;
 * - a respondent's role is dropped where their partner has fewer than the
 *   threshold respondents in that role, since partner and role together
 *   could point to one person.
 * The diagnosis and every export start from this, so what one shows, the
 * other cannot undo. Applying it twice changes nothing.
 */
export type Reportable = { input: ScanInput; excludedPartners: ReadonlySet<string> };

const NO_PARTNER = "";

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function reportableInput(input: ScanInput): Reportable {
  if (input.respondents.length <= 1) return { input, excludedPartners: new Set() };
  const threshold = input.scan.anonymityThreshold;
  const perPartner = countBy(input.respondents, (respondent) => respondent.partnerId ?? NO_PARTNER);
  const small = new Set([...perPartner].filter(([, count]) => count < threshold).map(([partner]) => partner));
  const pooled = [...small].reduce((sum, partner) => sum + (perPartner.get(partner) ?? 0), 0);
  const isExcluded = small.size > 0 && pooled < threshold;

  const kept = input.respondents
    .filter((respondent) => !(isExcluded && small.has(respondent.partnerId ?? NO_PARTNER)))
    .map((respondent) =>
      small.has(respondent.partnerId ?? NO_PARTNER) ? { ...respondent, partnerId: null } : respondent,
    );
  const perCell = countBy(kept, (respondent) => `${respondent.partnerId ?? NO_PARTNER}|${respondent.role ?? ""}`);
  const respondents = kept.map((respondent) =>
    respondent.role !== null &&
    (perCell.get(`${respondent.partnerId ?? NO_PARTNER}|${respondent.role}`) ?? 0) < threshold
      ? { ...respondent, role: null }
      : respondent,
  );
  return {
    input: { ...input, respondents },
    excludedPartners: isExcluded ? new Set([...small].filter((partner) => partner !== NO_PARTNER)) : new Set(),
  };
}
