/**
 * What a person may do with a collaboration through their account. Whoever
 * holds the management link may do everything, as an owner.
 */
export const MEMBER_ROLES = ["owner", "editor", "viewer"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** What an entry point needs: to look (pages, exports) or to change something (every action). */
export type AccessNeed = "view" | "change" | "share";

export function allows(role: MemberRole, need: AccessNeed): boolean {
  if (need === "view") return true;
  if (need === "change") return role !== "viewer";
  return role === "owner";
}

export function isMemberRole(value: string): value is MemberRole {
  return (MEMBER_ROLES as readonly string[]).includes(value);
}
