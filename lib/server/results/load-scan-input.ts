import "server-only";
import { instrument } from "../../../content";
import type { ScanInput } from "../../scoring/input";
import { db } from "../db";
import { toRole } from "../records/respondent";
import type { ScanRecord } from "../records/scan";

/**
 * A scan as the scoring library's input: its submitted responses, read in a
 * constant number of queries however many respondents there are. Respondents
 * appear under an opaque sequence id, never their database id or name.
 */
export async function loadScanInput(scan: ScanRecord): Promise<ScanInput> {
  const [partners, respondents, answerRows] = await Promise.all([
    db.partner.findMany({ where: { scanId: scan.id }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.respondent.findMany({
      where: { scanId: scan.id, submittedAt: { not: null }, revokedAt: null },
      orderBy: { submittedAt: "asc" },
      select: { id: true, partnerId: true, role: true },
    }),
    // One row per respondent with all their answers as "item=value;item=value" (value empty for
    // "don't know"): a thousand respondents are a thousand rows instead of a hundred thousand,
    // which makes reading five times faster. Item ids are content ids and never contain "=" or ";".
    db.$queryRaw<{ respondentId: string; answers: string | null }[]>`
      SELECT a.respondentId AS respondentId, group_concat(a.itemId || '=' || ifnull(a.value, ''), ';') AS answers
      FROM Answer a JOIN Respondent r ON r.id = a.respondentId
      WHERE r.scanId = ${scan.id} AND r.submittedAt IS NOT NULL AND r.revokedAt IS NULL
      GROUP BY a.respondentId`,
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
      name: scan.name,
      form: scan.form,
      phase: scan.phase,
      variant: scan.variant,
      anonymityThreshold: scan.anonymityThreshold,
    },
    partners: partners.map((partner) => ({ id: partner.id, name: partner.name })),
    respondents: respondents.map((respondent, index) => ({
      id: `respondent-${index + 1}`,
      partnerId: respondent.partnerId,
      role: toRole(respondent.role),
      answers: byRespondent.get(respondent.id) ?? {},
    })),
  };
}
