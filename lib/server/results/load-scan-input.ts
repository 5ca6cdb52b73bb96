import "server-only";
import type { Scan } from "@prisma/client";
import { type Form, instrument, type Phase, type Variant } from "../../../content";
import { ROLES, type Role, type ScanInput } from "../../scoring/input";
import { db } from "../db";

/**
 * A scan as the scoring library's input: its submitted responses, read in a
 * constant number of queries however many respondents there are. Respondents
 * appear under an opaque sequence id, never their database id or name.
 */
export async function loadScanInput(scan: Scan): Promise<ScanInput> {
  const [partners, respondents, answers] = await Promise.all([
    db.partner.findMany({ where: { scanId: scan.id }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
    db.respondent.findMany({
      where: { scanId: scan.id, submittedAt: { not: null }, revokedAt: null },
      orderBy: { submittedAt: "asc" },
      select: { id: true, partnerId: true, role: true },
    }),
    db.answer.findMany({
      where: { respondent: { scanId: scan.id, submittedAt: { not: null }, revokedAt: null } },
      select: { respondentId: true, itemId: true, value: true },
    }),
  ]);
  const byRespondent = new Map<string, Record<string, number | null>>(
    respondents.map((respondent) => [respondent.id, {}]),
  );
  for (const answer of answers) {
    const target = byRespondent.get(answer.respondentId);
    if (target) target[answer.itemId] = answer.value;
  }
  return {
    instrument: { id: instrument.id, version: scan.instrumentVersion },
    scan: {
      name: scan.name,
      form: scan.form as Form,
      phase: scan.phase as Phase,
      variant: scan.variant as Variant,
      anonymityThreshold: scan.anonymityThreshold,
    },
    partners: partners.map((partner) => ({ id: partner.id, name: partner.name })),
    respondents: respondents.map((respondent, index) => ({
      id: `respondent-${index + 1}`,
      partnerId: respondent.partnerId,
      role: (ROLES as readonly string[]).includes(respondent.role ?? "") ? (respondent.role as Role) : null,
      answers: byRespondent.get(respondent.id) ?? {},
    })),
  };
}
