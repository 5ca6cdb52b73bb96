import "server-only";
import { instrument } from "../../../content";
import { env } from "../../env";
import type { ScanInput } from "../../scoring/input";
import { db } from "../db";
import { answersByRespondentQuery, databaseProvider } from "../db-dialect";
import { toReleaseRecord } from "../records/release";
import { toRole } from "../records/respondent";
import type { ScanRecord } from "../records/scan";

/**
 * A scan as the scoring library's input: its submitted responses with the
 * history of results releases, read in a constant number of queries however
 * many respondents there are. A revoked personal link still counts: revoking
 * stops the link, it does not take back answers (nor could it, without
 * showing by difference what they were). The input stays inside the server:
 * respondents carry their database ids, which the diagnosis never repeats.
 */
export async function loadScanInput(scan: ScanRecord): Promise<ScanInput> {
  const query = answersByRespondentQuery(databaseProvider(env().DATABASE_URL), scan.id);
  const [partners, respondents, answerRows, releases] = await Promise.all([
    db.partner.findMany({ where: { scanId: scan.id }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.respondent.findMany({
      where: { scanId: scan.id, submittedAt: { not: null } },
      orderBy: { id: "asc" },
      select: { id: true, partnerId: true, role: true, releaseIndex: true },
    }),
    db.$queryRawUnsafe<{ respondentId: string; answers: string | null }[]>(query.sql, ...query.values),
    db.resultRelease.findMany({ where: { scanId: scan.id }, orderBy: { index: "asc" } }),
  ]);
  const byRespondent = new Map<string, Record<string, number | null>>(
    respondents.map((respondent) => [respondent.id, {}]),
  );
  for (const row of answerRows) {
    const target = byRespondent.get(row.respondentId);
    if (!target || !row.answers) continue;
    for (const pair of row.answers.split(";")) {
      const separator = pair.indexOf("=");
      const value = pair.slice(separator + 1);
      target[pair.slice(0, separator)] = value === "" ? null : Number(value);
    }
  }
  return {
    instrument: { id: instrument.id, version: scan.instrumentVersion },
    scan: {
      name: scan.collaboration.name,
      form: scan.form,
      phase: scan.phase,
      variant: scan.variant,
      anonymityThreshold: scan.anonymityThreshold,
      reportingMode: scan.reportingMode,
    },
    partners: partners.map((partner) => ({ id: partner.id, name: partner.name })),
    respondents: respondents.map((respondent) => ({
      id: respondent.id,
      partnerId: respondent.partnerId,
      role: toRole(respondent.role),
      release: respondent.releaseIndex,
      answers: byRespondent.get(respondent.id) ?? {},
    })),
    releases: releases.map(toReleaseRecord),
  };
}
