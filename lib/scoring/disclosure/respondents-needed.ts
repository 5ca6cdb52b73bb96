import { planRelease } from "./plan-release";
import type { DisclosureSettings, Member, Release } from "./types";

/**
 * For the manager, per partner: do its answers show in the results as a
 * group of its own, and if not, how many more people of that partner must
 * submit before they would. Worked out with the disclosure rules themselves:
 * the plan is made again with one, two, … extra respondents of that partner,
 * until the partner has figures of its own with every answer counted. Pure;
 * nothing is stored.
 */
export type PartnerVisibility = {
  partnerId: string;
  /** "shown": figures of its own with every answer; "held-back": own figures, newest answers wait; "not-shown": no figures of its own. */
  state: "shown" | "held-back" | "not-shown";
  /** Its answers count among "other partners". */
  isPooled: boolean;
  /** More submissions needed; null when shown, or when even `limit` more would not do. */
  more: number | null;
  /** The most extra submissions tried. */
  limit: number;
};

const HYPOTHETICAL = "\uffff-hypothetical-";

function showsAll(
  members: readonly Member[],
  history: readonly Release[],
  settings: DisclosureSettings,
  partnerId: string,
) {
  const plan = planRelease(members, history, settings);
  const own = members.filter((member) => member.partnerId === partnerId);
  return (
    (plan.release?.reportedPartners.includes(partnerId) ?? false) && own.every((member) => plan.released.has(member.id))
  );
}

export function partnerVisibility(
  partnerIds: readonly string[],
  members: readonly Member[],
  history: readonly Release[],
  settings: DisclosureSettings,
): PartnerVisibility[] {
  const plan = planRelease(members, history, settings);
  const limit = Math.max(3, settings.threshold) + 3;
  return partnerIds.map((partnerId) => {
    const own = members.filter((member) => member.partnerId === partnerId);
    const isReported = plan.release?.reportedPartners.includes(partnerId) ?? false;
    const isPooled =
      (plan.release?.pooledPartners.includes(partnerId) ?? false) && own.some((m) => plan.released.has(m.id));
    if (isReported && own.every((member) => plan.released.has(member.id))) {
      return { partnerId, state: "shown", isPooled: false, more: null, limit };
    }
    let more: number | null = null;
    for (let extra = 1; extra <= limit && more === null; extra++) {
      const hypothetical: Member[] = Array.from({ length: extra }, (_, index) => ({
        id: `${HYPOTHETICAL}${index}`,
        partnerId,
        role: null,
        release: null,
      }));
      if (showsAll([...members, ...hypothetical], history, settings, partnerId)) more = extra;
    }
    return { partnerId, state: isReported ? "held-back" : "not-shown", isPooled, more, limit };
  });
}
