import { type Role, ZRole } from "../../../content";

/**
 * A respondent's role as the domain knows it. An unknown value reads as "no
 * role": the role only groups answers, so a stray value must not keep a
 * scan's results from showing; it is then counted like an unanswered role.
 */
const ZStoredRole = ZRole.nullable().catch(null);

export function toRole(stored: string | null): Role | null {
  return ZStoredRole.parse(stored);
}

/** Any selection of a respondent row that includes its role, with the role read as the domain's type. */
export function toRespondentRecord<Row extends { role: string | null }>(
  row: Row,
): Omit<Row, "role"> & { role: Role | null } {
  return { ...row, role: toRole(row.role) };
}
