import type { AgreedAction as AgreedActionRow } from "@prisma/client";
import { z } from "zod";
import { ZLensId } from "../../../content";
import { ACTION_STATUSES, type AgreedAction, FINDING_KINDS } from "../../scoring/actions/types";

/** The text columns of an action row, read as the domain's closed sets. */
const ZActionColumns = z.object({
  status: z.enum(ACTION_STATUSES),
  findingKind: z.enum(FINDING_KINDS),
  // A lens the content no longer knows only loses the review's lens figures, never the action.
  lensId: ZLensId.nullable().catch(null),
});

export type AgreedActionRowWithOwner = AgreedActionRow & {
  ownerPartner: { id: string; name: string } | null;
  scan: { roundNumber: number };
};

/** The query part that reads an action with what its record needs. */
export const AGREED_ACTION_INCLUDE = {
  ownerPartner: { select: { id: true, name: true } },
  scan: { select: { roundNumber: true } },
} as const;

export function toAgreedAction(row: AgreedActionRowWithOwner): AgreedAction {
  const columns = ZActionColumns.parse(row);
  return {
    id: row.id,
    round: row.scan.roundNumber,
    description: row.description,
    owner: row.ownerPartner
      ? { kind: "partner", partnerId: row.ownerPartner.id, name: row.ownerPartner.name }
      : row.ownerName
        ? { kind: "person", name: row.ownerName }
        : null,
    dueOn: row.dueOn,
    status: columns.status,
    finding: { kind: columns.findingKind, id: row.findingId },
    lensId: columns.lensId,
  };
}
