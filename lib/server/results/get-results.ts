import "server-only";
import type { LensId, Locale, Role } from "../../../content";
import { buildTrend, type Diagnosis, diagnose, type Trend } from "../../scoring";
import { publishableComments } from "../../scoring/disclosure/publishable-comments";
import { findRound, findRoundForManager, type RoundChoice } from "../collaboration/access";
import { db } from "../db";
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
  /** Per role, the respondents whose answers count in the results (the role view says why a role is not shown). */
  releasedRoles: Partial<Record<Role, number>>;
};

/** The diagnosis of one round for its manager, with comments and the change since the previous round. */
export async function getResults(managementToken: string, round: RoundChoice = "latest"): Promise<Results> {
  const { access, scan } = await findRoundForManager(managementToken, round);
  const input = await loadReleasedInput(scan);
  const diagnosis = diagnose(input);
  const [commentRows, roundCount] = await Promise.all([
    db.comment.findMany({
      where: { respondent: { scanId: scan.id, submittedAt: { not: null } } },
      select: { respondentId: true, lensId: true, text: true },
    }),
    db.scan.count({ where: { collaborationId: scan.collaborationId } }),
  ]);
  const comments = publishableComments(
    input,
    commentRows.map((row) => ({ respondentId: row.respondentId, ...toCommentRecord(row) })),
    scan.locale,
  );

  let change: Trend | null = null;
  if (scan.roundNumber > 1) {
    const previous = await findRound(access, scan.roundNumber - 1);
    // Only the overall figures are shown here, so partners need no keys across the two rounds.
    change = buildTrend([
      { number: previous.roundNumber, input: await loadReleasedInput(previous), partnerKeys: new Map() },
      { number: scan.roundNumber, input, partnerKeys: new Map() },
    ]);
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
