import type { Role } from "../../../content";

/**
 * How a scan reports, chosen when it is created:
 * - "group": figures only for groups large enough that nobody's answers can be singled out;
 * - "open": partners are shown whatever their size (every respondent is told so before answering);
 *   people within a partner of at least the threshold stay protected;
 * - "self": one person fills in the scan for themselves and sees their own answers in full.
 */
export const REPORTING_MODES = ["group", "open", "self"] as const;
export type ReportingMode = (typeof REPORTING_MODES)[number];

/** A submitted respondent as the disclosure rules see them: groups, and when their answers were first shown. */
export type Member = {
  id: string;
  partnerId: string | null;
  role: Role | null;
  /** The release that first included this respondent's answers; null while they are held back. */
  release: number | null;
};

/**
 * One release of results: which respondents' answers count (those with
 * `release` ≤ index), and which groups have figures of their own. Once shown,
 * a release stays part of what anyone may have seen, so later releases are
 * checked against all earlier ones.
 */
export type Release = {
  index: number;
  /** Partners shown as a group of their own. */
  reportedPartners: string[];
  /** Partners too small on their own, shown together as "other partners". */
  pooledPartners: string[];
  /** Roles shown as a group across all partners. */
  roles: Role[];
};

export type DisclosureSettings = { threshold: number; mode: ReportingMode };

/** The outcome of the disclosure rules for a scan at this moment. */
export type DisclosurePlan = {
  /** The threshold the rules apply (never below 3). */
  threshold: number;
  mode: ReportingMode;
  /** The release figures are computed from; null when nothing can be shown yet. */
  release: Release | null;
  /** True when this plan adds a release to the history (the caller stores it). */
  isNewRelease: boolean;
  /** Respondents whose answers count in the figures. */
  released: ReadonlySet<string>;
  /** Respondents this plan releases for the first time. */
  newlyReleased: readonly string[];
  /** Submitted respondents whose answers are held back for now. */
  heldBack: number;
  /** The rules applied (the threshold as used). */
  settings: DisclosureSettings;
  /** Every submitted respondent, with the release that first showed them (this plan's included). */
  members: readonly Member[];
  /** Every release shown so far, this plan's included: what each figure is checked against (figure-plan.ts). */
  history: readonly Release[];
};
