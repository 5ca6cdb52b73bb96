import "server-only";
import type { Form, Locale, Phase, Role, Variant } from "../../../content";
import type { ReportingMode } from "../../scoring/disclosure/types";
import { db } from "../db";
import { toRole } from "../records/respondent";
import { inviteToken, personalToken } from "../tokens";
import { findScanForManager, isScanClosed } from "./access";
import { addToProgress, emptyProgress, type Progress } from "./progress";

export type ManagedPartner = {
  id: string;
  name: string;
  inviteToken: string;
  /** How many of its people are invited (the most that can submit); null when not stated. */
  invitedCount: number | null;
  respondentCount: number;
  progress: Progress;
};

export type PersonalLink = {
  respondentId: string;
  partnerId: string | null;
  label: string;
  token: string;
  isManager: boolean;
  isRevoked: boolean;
  status: "invited" | "started" | "submitted";
};

export type ManagementView = {
  id: string;
  name: string;
  description: string;
  form: Form;
  phase: Phase;
  collaborationType: number | null;
  variant: Variant;
  locale: Locale;
  anonymityThreshold: number;
  reportingMode: ReportingMode;
  closesAt: Date | null;
  isClosed: boolean;
  isClosedByManager: boolean;
  showResultsToRespondents: boolean;
  isDemo: boolean;
  createdAt: Date;
  hasPreviousRound: boolean;
  partners: ManagedPartner[];
  roles: { role: Role | null; progress: Progress }[];
  total: Progress;
  personalLinks: PersonalLink[];
};

/** Everything the management page shows, in a constant number of queries. */
export async function getManagementView(managementToken: string): Promise<ManagementView> {
  const scan = await findScanForManager(managementToken);
  const [partners, respondents] = await Promise.all([
    db.partner.findMany({ where: { scanId: scan.id }, orderBy: { position: "asc" } }),
    db.respondent.findMany({
      where: { scanId: scan.id },
      select: {
        id: true,
        partnerId: true,
        role: true,
        label: true,
        isManager: true,
        isPersonalLink: true,
        linkGeneration: true,
        startedAt: true,
        submittedAt: true,
        revokedAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const total = emptyProgress();
  const byPartner = new Map(partners.map((partner) => [partner.id, { count: 0, progress: emptyProgress() }]));
  const byRole = new Map<Role | null, Progress>();
  for (const respondent of respondents) {
    addToProgress(total, respondent);
    const partner = respondent.partnerId ? byPartner.get(respondent.partnerId) : undefined;
    if (partner) {
      partner.count += 1;
      addToProgress(partner.progress, respondent);
    }
    const role = toRole(respondent.role);
    const progress = byRole.get(role) ?? emptyProgress();
    addToProgress(progress, respondent);
    byRole.set(role, progress);
  }
  return {
    id: scan.id,
    name: scan.name,
    description: scan.description,
    form: scan.form,
    phase: scan.phase,
    collaborationType: scan.collaborationType,
    variant: scan.variant,
    locale: scan.locale,
    anonymityThreshold: scan.anonymityThreshold,
    reportingMode: scan.reportingMode,
    closesAt: scan.closesAt,
    isClosed: isScanClosed(scan),
    isClosedByManager: scan.closedAt !== null,
    showResultsToRespondents: scan.showResultsToRespondents,
    isDemo: scan.isDemo,
    createdAt: scan.createdAt,
    hasPreviousRound: scan.previousScanId !== null,
    partners: partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      inviteToken: inviteToken(managementToken, partner.id, partner.inviteGeneration),
      invitedCount: partner.invitedCount,
      respondentCount: byPartner.get(partner.id)?.count ?? 0,
      progress: byPartner.get(partner.id)?.progress ?? emptyProgress(),
    })),
    roles: [...byRole.entries()].map(([role, progress]) => ({ role, progress })),
    total,
    personalLinks: respondents
      .filter((respondent) => respondent.isPersonalLink)
      .map((respondent) => ({
        respondentId: respondent.id,
        partnerId: respondent.partnerId,
        label: respondent.label ?? "",
        token: personalToken(managementToken, respondent.id, respondent.linkGeneration),
        isManager: respondent.isManager,
        isRevoked: respondent.revokedAt !== null,
        status: respondent.submittedAt ? "submitted" : respondent.startedAt ? "started" : "invited",
      })),
  };
}
