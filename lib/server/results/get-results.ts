import "server-only";
import type { LensId, Locale } from "../../../content";
import { compareRounds, type Diagnosis, diagnose, type RoundComparison, reportableInput } from "../../scoring";
import { db } from "../db";
import { toCommentRecord } from "../records/comment";
import { toScanRecord } from "../records/scan";
import { findScanForManager, isScanClosed } from "../scan/access";
import { loadScanInput } from "./load-scan-input";

export type Results = {
  scan: { name: string; locale: Locale; isClosed: boolean; isDemo: boolean; createdAt: Date };
  diagnosis: Diagnosis;
  /** Comments per lens, without names or partners; only when the scan is large enough to keep them anonymous. */
  comments: Partial<Record<LensId, string[]>>;
  rounds: { previousName: string; comparison: RoundComparison } | null;
};

/** The diagnosis of a scan for its manager, with comments and the change since the previous round. */
export async function getResults(managementToken: string): Promise<Results> {
  const scan = await findScanForManager(managementToken);
  const input = await loadScanInput(scan);
  const diagnosis = diagnose(input);
  const showsComments = !diagnosis.isSuppressed && diagnosis.respondentCount > 0;
  // Comments of partners too small to report are left out, as their answers are.
  const { excludedPartners } = reportableInput(input);
  const commentRows = showsComments
    ? await db.comment.findMany({
        where: { respondent: { scanId: scan.id, submittedAt: { not: null }, revokedAt: null } },
        select: { lensId: true, text: true, respondent: { select: { partnerId: true } } },
        orderBy: { updatedAt: "asc" },
      })
    : [];
  const comments: Partial<Record<LensId, string[]>> = {};
  for (const row of commentRows) {
    if (row.respondent.partnerId && excludedPartners.has(row.respondent.partnerId)) continue;
    const { lensId, text } = toCommentRecord(row);
    comments[lensId] = [...(comments[lensId] ?? []), text];
  }

  let rounds: Results["rounds"] = null;
  if (scan.previousScanId) {
    const previous = await db.scan.findUnique({ where: { id: scan.previousScanId } });
    if (previous) {
      rounds = {
        previousName: previous.name,
        comparison: compareRounds(diagnose(await loadScanInput(toScanRecord(previous))), diagnosis),
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
