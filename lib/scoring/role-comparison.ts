import { type LensId, ROLES, type Role } from "../../content";
import type { Diagnosis, GroupResult } from "./types";

/**
 * The role view: how executives and the people at the table (managers and
 * operational staff, who do the collaborating) see the collaboration, across
 * all partners, in the role groups the disclosure plan publishes. A gap
 * between the two is what double loyalty looks like from the outside
 * (Kaats & Opheij, 5.4.3 and 8.4.7), so lenses and statements are ordered
 * by it, most different first. "At the table" is the plain mean of the
 * manager and operational groups, as in the diagnosis' own role-gap signal.
 */
export const EXECUTIVE_ROLES: readonly Role[] = ["executive"];
export const AT_TABLE_ROLES: readonly Role[] = ["manager", "operational"];

export type RoleFigureRow = {
  id: string;
  /** Favourable score (0–100) per shown role. */
  scores: Partial<Record<Role, number | null>>;
  executive: number | null;
  atTable: number | null;
  /** |executive − at the table| on 0–100; null when either side is missing. */
  gap: number | null;
};

export type StatementRoleRow = RoleFigureRow & {
  lensId: LensId;
  /** Mean answer as worded (1–5) per shown role. */
  means: Partial<Record<Role, number | null>>;
};

/**
 * Why a role has no column: nobody of that role counts in the results yet;
 * fewer than the threshold; or it has enough people, but showing it beside
 * the other groups would let someone work out another person's answers.
 */
export type HiddenRole = { role: Role; respondents: number; reason: "none" | "too-few" | "not-safe" };

export type RoleComparison = {
  shown: Role[];
  hidden: HiddenRole[];
  /** Both executives and at least one group at the table are shown. */
  canCompare: boolean;
  lenses: (RoleFigureRow & { id: LensId })[];
  statements: StatementRoleRow[];
};

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function sideOf(groups: readonly GroupResult[], roles: readonly Role[], figure: (group: GroupResult) => number | null) {
  return mean(
    groups.flatMap((group) => {
      const value = roles.includes(group.id as Role) ? figure(group) : null;
      return value === null ? [] : [value];
    }),
  );
}

function byGap<T extends { gap: number | null }>(rows: T[]): T[] {
  // Stable: rows without a gap keep their questionnaire order at the end.
  return [...rows].sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1));
}

/** `released`: per role, how many respondents count in the results (shown or not). */
export function compareRoles(
  diagnosis: Pick<Diagnosis, "roles" | "lenses" | "statements" | "threshold">,
  released: Partial<Record<Role, number>>,
): RoleComparison {
  const groups = diagnosis.roles.filter((group) => !group.suppressed);
  const shown = ROLES.filter((role) => groups.some((group) => group.id === role));
  const hidden: HiddenRole[] = ROLES.filter((role) => !shown.includes(role)).map((role) => {
    const respondents = released[role] ?? 0;
    const reason = respondents === 0 ? "none" : respondents < diagnosis.threshold ? "too-few" : "not-safe";
    return { role, respondents, reason };
  });
  const row = (id: string, figure: (group: GroupResult) => number | null): RoleFigureRow => {
    const executive = sideOf(groups, EXECUTIVE_ROLES, figure);
    const atTable = sideOf(groups, AT_TABLE_ROLES, figure);
    return {
      id,
      scores: Object.fromEntries(groups.map((group) => [group.id, figure(group)])),
      executive,
      atTable,
      gap: executive === null || atTable === null ? null : Math.abs(executive - atTable),
    };
  };
  return {
    shown,
    hidden,
    canCompare:
      groups.some((group) => EXECUTIVE_ROLES.includes(group.id as Role)) &&
      groups.some((group) => AT_TABLE_ROLES.includes(group.id as Role)),
    lenses: byGap(
      diagnosis.lenses.map((lens) => ({ ...row(lens.id, (group) => group.lenses[lens.id] ?? null), id: lens.id })),
    ),
    statements: byGap(
      diagnosis.statements.map((statement) => ({
        ...row(statement.id, (group) => group.statements[statement.id] ?? null),
        lensId: statement.lensId,
        means: Object.fromEntries(groups.map((group) => [group.id, group.statementMeans[statement.id] ?? null])),
      })),
    ),
  };
}
