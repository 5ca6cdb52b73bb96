/**
 * What on a collaboration needs its manager now, for Mijn scans: a partner
 * whose response is still below the anonymity threshold while the round is
 * open (its figures stay hidden), the next round's planned date reached or
 * near, and an open round about to close. Pure, so it is tested on its own.
 */
export type AttentionInput = {
  now: Date;
  reportingMode: string;
  anonymityThreshold: number;
  isRoundOpen: boolean;
  closesAt: Date | null;
  nextRoundDueOn: Date | null;
  partners: readonly { name: string; submitted: number }[];
};

export type Attention =
  | { kind: "below-threshold"; partner: string; submitted: number; threshold: number }
  | { kind: "round-overdue"; date: Date }
  | { kind: "round-due-soon"; date: Date }
  | { kind: "round-closing"; date: Date };

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far ahead a planned round or a closing date counts as near. */
export const SOON_DAYS = 14;

export function attentionFor(input: AttentionInput): Attention[] {
  const items: Attention[] = [];
  // Open reporting shows every partner, and a self-assessment has one respondent: no threshold to reach.
  if (input.isRoundOpen && input.reportingMode === "group") {
    for (const partner of input.partners) {
      if (partner.submitted < input.anonymityThreshold) {
        items.push({
          kind: "below-threshold",
          partner: partner.name,
          submitted: partner.submitted,
          threshold: input.anonymityThreshold,
        });
      }
    }
  }
  if (input.isRoundOpen && input.closesAt && input.closesAt.getTime() - input.now.getTime() <= SOON_DAYS * DAY_MS) {
    items.push({ kind: "round-closing", date: input.closesAt });
  }
  if (input.nextRoundDueOn) {
    const untilDue = input.nextRoundDueOn.getTime() - input.now.getTime();
    if (untilDue <= 0) items.push({ kind: "round-overdue", date: input.nextRoundDueOn });
    else if (untilDue <= SOON_DAYS * DAY_MS) items.push({ kind: "round-due-soon", date: input.nextRoundDueOn });
  }
  return items;
}
