import "server-only";
import type { LensId, Locale } from "../../../content";
import { compareRounds, type Diagnosis, diagnose, type RoundComparison } from "../../scoring";
import { publishableComments } from "../../scoring/disclosure/publishable-comments";
import { db } from "../db";
import { toCommentRecord } from "../records/comment";
import { toScanRecord } from "../records/scan";
import { findScanForManager, isScanClosed } from "../scan/access";
import { loadReleasedInput } from "./load-released-input";

export type Results = {
  scan: { name: string; locale: Locale; isClosed: boolean; isDemo: boolean; createdAt: Date };
  diagnosis: Diagnosis;
  /** Comments per lens, without names or partners, of the respondents whose answers the results show. */
  comments: Partial<Record<LensId, string[]>>;
  rounds: { previousName: string; comparison: RoundComparison } | null;
};

/** The diagnosis of a scan for its manager, with comments and the change since the previous round. */
export async function getResults(managementToken: string): Promise<Results> {
  const scan = await findScanForManager(managementToken);
  const input = await loadReleasedInput(scan);
  const diagnosis = diagnose(input);
  const commentRows = await db.comment.findMany({
    where: { respondent: { scanId: scan.id, submittedAt: { not: null } } },
    select: { respondentId: true, lensId: true, text: true },
  });
  const comments = publishableComments(
    input,
    commentRows.map((row) => ({ respondentId: row.respondentId, ...toCommentRecord(row) })),
    scan.locale,
  );

  let rounds: Results["rounds"] = null;
  if (scan.previousScanId) {
    const previous = await db.scan.findUnique({ where: { id: scan.previousScanId } });
    if (previous) {
      rounds = {
        previousName: previous.name,
        comparison: compareRounds(diagnose(await loadReleasedInput(toScanRecord(previous))), diagnosis),
      };
    }
  }
  return {
    scan: {
      name: scan.name,
      locale: scan.locale,
      isClosed: isScanClosed(scan),
      isDemo: scan.isDemo,
      createdAt: scan.createdAt,
    },
    diagnosis,
    comments,
    rounds,
  };
}
