import "server-only";
import type { Form, Locale, Phase, Role, Variant } from "../../../content";
import type { AgreedAction } from "../../scoring/actions/types";
import { type PartnerVisibility, partnerVisibility } from "../../scoring/disclosure/respondents-needed";
import type { ReportingMode } from "../../scoring/disclosure/types";
import type { MemberRole } from "../account/roles";
import { findRoundForManager, canShowLinks as mayShowLinks, type RoundChoice } from "../collaboration/access";
import { partnerInviteToken, personalLinkToken } from "../collaboration/link-secrets";
import { type RoundDates, roundDates } from "../collaboration/round-dates";
import { isNextRoundOverdue } from "../collaboration/set-next-round-due";
import { db } from "../db";
import { AGREED_ACTION_INCLUDE, toAgreedAction } from "../records/agreed-action";
import { toReleaseRecord } from "../records/release";
import { toRole } from "../records/respondent";
import { isScanClosed } from "./access";
import { addToProgress, emptyProgress, type Progress } from "./progress";

export type ManagedPartner = {
  id: string;
  name: string;
  /** Null when the link used cannot show this round's links (see `canShowLinks`). */
  inviteToken: string | null;
  /** Whether the partner took part in the previous round too. */
  isCarriedOver: boolean;
  /** How many of its people are invited (the most that can submit); null when not stated. */
  invitedCount: number | null;
  /** People who started or submitted; a personal link nobody opened is no respondent yet. */
  respondentCount: number;
  /** Any respondent record, an unopened personal link included: then the partner cannot be removed. */
  hasRespondentRecords: boolean;
  progress: Progress;
  /** Whether its answers show in the results as its own group, and if not, how many more it needs. */
  visibility: PartnerVisibility;
};

export type PersonalLink = {
  respondentId: string;
  partnerId: string | null;
  label: string;
  token: string | null;
  isManager: boolean;
  isRevoked: boolean;
  status: "invited" | "started" | "submitted";
};

/** A round in the list of rounds, with how many completed it. */
export type RoundSummary = RoundDates & { submitted: number };

export type ManagementView = {
  collaborationId: string;
  /** The round shown. */
  id: string;
  round: number;
  rounds: RoundSummary[];
  /** The newest round: the one that takes answers, and after which the next one starts. */
  isLatestRound: boolean;
  /** When the manager means to hold the next round, and whether that day has passed. */
  nextRoundDueOn: Date | null;
  isNextRoundOverdue: boolean;
  /** The link used is an older link of one round, not the collaboration's own. */
  isOpenedWithRoundLink: boolean;
  /** Whether this round's invitation and personal links derive from the link used, so they can be shown. */
  canShowLinks: boolean;
  /** What the person may do here: a viewer sees, an editor changes, an owner also shares. */
  role: MemberRole;
  name: string;
  description: string;
  form: Form;
  phase: Phase;
  collaborationType: number | null;
  variant: Variant;
  instrumentVersion: number;
  locale: Locale;
  anonymityThreshold: number;
  reportingMode: ReportingMode;
  closesAt: Date | null;
  isClosed: boolean;
  isClosedByManager: boolean;
  showResultsToRespondents: boolean;
  isDemo: boolean;
  createdAt: Date;
  partners: ManagedPartner[];
  roles: { role: Role | null; progress: Progress }[];
  total: Progress;
  personalLinks: PersonalLink[];
  /** From round 2 on: the actions agreed in the previous round, for the review this round opens with. */
  previousActions: AgreedAction[];
};

/** Everything the management page shows for one round, in a constant number of queries. */
export async function getManagementView(
  managementToken: string,
  round: RoundChoice = "latest",
): Promise<ManagementView> {
  const { access, scan } = await findRoundForManager(managementToken, round, "view");
  const canShowLinks = mayShowLinks(scan, access);
  const [partners, respondents, rounds, submittedPerRound, releases, previousActions] = await Promise.all([
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
        legacyLinkToken: true,
        startedAt: true,
        submittedAt: true,
        revokedAt: true,
        releaseIndex: true,
        invitee: { select: { id: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.scan.findMany({
      where: { collaborationId: scan.collaborationId },
      orderBy: { roundNumber: "asc" },
      select: { id: true, roundNumber: true, createdAt: true, closedAt: true, closesAt: true },
    }),
    db.respondent.groupBy({
      by: ["scanId"],
      where: { scan: { collaborationId: scan.collaborationId }, submittedAt: { not: null } },
      _count: { _all: true },
    }),
    db.resultRelease.findMany({ where: { scanId: scan.id }, orderBy: { index: "asc" } }),
    db.agreedAction.findMany({
      where: { scan: { collaborationId: scan.collaborationId, roundNumber: scan.roundNumber - 1 } },
      include: AGREED_ACTION_INCLUDE,
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const submittedIn = new Map(submittedPerRound.map((row) => [row.scanId, row._count._all]));
  const latest = rounds.at(-1);
  const total = emptyProgress();
  const byPartner = new Map(
    partners.map((partner) => [partner.id, { count: 0, records: 0, progress: emptyProgress() }]),
  );
  const byRole = new Map<Role | null, Progress>();
  for (const respondent of respondents) {
    addToProgress(total, respondent);
    const partner = respondent.partnerId ? byPartner.get(respondent.partnerId) : undefined;
    if (partner) {
      partner.records += 1;
      if (respondent.startedAt || respondent.submittedAt) partner.count += 1;
      addToProgress(partner.progress, respondent);
    }
    const role = toRole(respondent.role);
    const progress = byRole.get(role) ?? emptyProgress();
    addToProgress(progress, respondent);
    byRole.set(role, progress);
  }
  const visibility = new Map(
    partnerVisibility(
      partners.map((partner) => partner.id),
      respondents
        .filter((respondent) => respondent.submittedAt)
        .map((respondent) => ({
          id: respondent.id,
          partnerId: respondent.partnerId,
          role: toRole(respondent.role),
          release: respondent.releaseIndex,
        })),
      releases.map(toReleaseRecord),
      { threshold: scan.anonymityThreshold, mode: scan.reportingMode },
    ).map((entry) => [entry.partnerId, entry]),
  );
  return {
    id: scan.id,
    round: scan.roundNumber,
    rounds: rounds.map((entry) => ({ ...roundDates(entry), submitted: submittedIn.get(entry.id) ?? 0 })),
    isLatestRound: latest?.id === scan.id,
    nextRoundDueOn: scan.collaboration.nextRoundDueOn,
    isNextRoundOverdue: isNextRoundOverdue(scan.collaboration.nextRoundDueOn),
    isOpenedWithRoundLink: access.isRoundLink,
    role: access.role,
    collaborationId: access.collaboration.id,
    canShowLinks,
    name: scan.collaboration.name,
    description: scan.collaboration.description,
    form: scan.form,
    phase: scan.phase,
    collaborationType: scan.collaborationType,
    variant: scan.variant,
    instrumentVersion: scan.instrumentVersion,
    locale: scan.locale,
    anonymityThreshold: scan.anonymityThreshold,
    reportingMode: scan.reportingMode,
    closesAt: scan.closesAt,
    isClosed: isScanClosed(scan),
    isClosedByManager: scan.closedAt !== null,
    showResultsToRespondents: scan.showResultsToRespondents,
    isDemo: scan.collaboration.isDemo,
    createdAt: scan.createdAt,
    partners: partners.map((partner) => ({
      id: partner.id,
      name: partner.name,
      inviteToken: canShowLinks ? partnerInviteToken(scan, partner) : null,
      isCarriedOver: partner.carriedFromId !== null,
      invitedCount: partner.invitedCount,
      respondentCount: byPartner.get(partner.id)?.count ?? 0,
      hasRespondentRecords: (byPartner.get(partner.id)?.records ?? 0) > 0,
      progress: byPartner.get(partner.id)?.progress ?? emptyProgress(),
      visibility: visibility.get(partner.id) ?? {
        partnerId: partner.id,
        state: "not-shown",
        isPooled: false,
        more: null,
        limit: 0,
      },
    })),
    roles: [...byRole.entries()].map(([role, progress]) => ({ role, progress })),
    total,
    previousActions: previousActions.map(toAgreedAction),
    // Links sent by e-mail are listed with their addresses in the e-mail section instead.
    personalLinks: respondents
      .filter((respondent) => respondent.isPersonalLink && respondent.invitee === null)
      .map((respondent) => ({
        respondentId: respondent.id,
        partnerId: respondent.partnerId,
        label: respondent.label ?? "",
        token: canShowLinks ? personalLinkToken(scan, respondent) : null,
        isManager: respondent.isManager,
        isRevoked: respondent.revokedAt !== null,
        status: respondent.submittedAt ? "submitted" : respondent.startedAt ? "started" : "invited",
      })),
  };
}
