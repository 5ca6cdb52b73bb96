import "server-only";
import type { LensId, Locale, Role } from "../../../content";
import { buildTrend, type Diagnosis, diagnose, type Trend } from "../../scoring";
import { reviewActions } from "../../scoring/actions/review-actions";
import type { ActionReview, AgreedAction } from "../../scoring/actions/types";
import { publishableComments } from "../../scoring/disclosure/publishable-comments";
import { findRound, findRoundForManager, type RoundChoice } from "../collaboration/access";
import { db } from "../db";
import { AGREED_ACTION_INCLUDE, toAgreedAction } from "../records/agreed-action";
import { toCommentRecord } from "../records/comment";
import { isScanClosed } from "../scan/access";
import { loadReleasedInput } from "./load-released-input";

export type Results = {
  scan: {
    name: string;
    /** The round these results are of, and how many rounds the collaboration has. */
    round: number;
    roundCount: number;
    locale: Locale;
    isClosed: boolean;
    isDemo: boolean;
    createdAt: Date;
  };
  diagnosis: Diagnosis;
  /** Comments per lens, without names or partners, of the respondents whose answers the results show. */
  comments: Partial<Record<LensId, string[]>>;
  /** The change since the previous round: the trend over that round and this one. */
  change: Trend | null;
  /** The actions agreed on this round's findings. */
  actions: AgreedAction[];
  /** From round 2 on: the previous round's actions, with what changed since in their lens and finding. */
  review: ActionReview[] | null;
  /** Per role, the respondents whose answers count in the results (the role view says why a role is not shown). */
  releasedRoles: Partial<Record<Role, number>>;
};

/**
 * The diagnosis of one round for its manager, with comments, the change
 * since the previous round, the actions agreed on this round and the review
 * of the previous round's.
 */
export async function getResults(managementToken: string, round: RoundChoice = "latest"): Promise<Results> {
  const { access, scan } = await findRoundForManager(managementToken, round, "view");
  const input = await loadReleasedInput(scan);
  const diagnosis = diagnose(input);
  const [commentRows, roundCount, actionRows] = await Promise.all([
    db.comment.findMany({
      where: { respondent: { scanId: scan.id, submittedAt: { not: null } } },
      select: { respondentId: true, lensId: true, text: true },
    }),
    db.scan.count({ where: { collaborationId: scan.collaborationId } }),
    db.agreedAction.findMany({
      where: { scanId: scan.id },
      include: AGREED_ACTION_INCLUDE,
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const comments = publishableComments(
    input,
    commentRows.map((row) => ({ respondentId: row.respondentId, ...toCommentRecord(row) })),
    scan.locale,
  );

  let change: Trend | null = null;
  let review: ActionReview[] | null = null;
  if (scan.roundNumber > 1) {
    const previous = await findRound(access, scan.roundNumber - 1);
    const previousInput = await loadReleasedInput(previous);
    // Only the overall figures are shown here, so partners need no keys across the two rounds.
    change = buildTrend([
      { number: previous.roundNumber, input: previousInput, partnerKeys: new Map() },
      { number: scan.roundNumber, input, partnerKeys: new Map() },
    ]);
    const previousActions = await db.agreedAction.findMany({
      where: { scanId: previous.id },
      include: AGREED_ACTION_INCLUDE,
      orderBy: { createdAt: "asc" },
    });
    review = reviewActions(previousActions.map(toAgreedAction), change, diagnose(previousInput), diagnosis);
  }
  return {
    scan: {
      name: scan.collaboration.name,
      round: scan.roundNumber,
      roundCount,
      locale: scan.locale,
      isClosed: isScanClosed(scan),
      isDemo: scan.collaboration.isDemo,
      createdAt: scan.createdAt,
    },
    diagnosis,
    comments,
    change,
    actions: actionRows.map(toAgreedAction),
    review,
    releasedRoles: countReleasedRoles(input.respondents),
  };
}

function countReleasedRoles(respondents: readonly { role: Role | null; release: number | null }[]) {
  const counts: Partial<Record<Role, number>> = {};
  for (const { role, release } of respondents) {
    if (role !== null && release !== null) counts[role] = (counts[role] ?? 0) + 1;
  }
  return counts;
}
