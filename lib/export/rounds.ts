import type { ActionReview, AgreedAction } from "../scoring/actions/types";
import type { Trend } from "../scoring/trend/types";

/**
 * What the report and the data files add to a round's own results: from
 * round 2 on the change since the round before and the review of that
 * round's actions; for every round the actions agreed on its findings.
 */
export type ReportRounds = {
  round: number;
  change: Trend | null;
  review: ActionReview[] | null;
  actions: AgreedAction[];
};
