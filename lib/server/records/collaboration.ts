import type { Collaboration } from "@prisma/client";

/**
 * A collaboration as the domain knows it: what its rounds share. The hash of
 * its management link stays in the database layer (access.ts looks it up);
 * nothing above that needs it.
 */
export type CollaborationRecord = Omit<Collaboration, "managementTokenHash">;

export function toCollaborationRecord(row: Collaboration): CollaborationRecord {
  const { managementTokenHash: _hash, ...record } = row;
  return record;
}
