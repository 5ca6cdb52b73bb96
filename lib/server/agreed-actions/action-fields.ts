import { z } from "zod";
import { ACTION_STATUSES, FINDING_KINDS } from "../../scoring/actions/types";
import { typedText } from "../scan/scan-fields";

/**
 * The fields of an agreed action as a group types them in a meeting. Messages
 * are keys of `errors.field.*`, so forms show them in the user's language.
 */
export const ZActionDescription = typedText({ max: 500, isRequired: true, isMultiline: true });
export const ZActionId = z.string().min(1).max(40);
export const ZActionStatus = z.enum(ACTION_STATUSES);

/** A due date as a date field sends it (YYYY-MM-DD), or "" for none; a date in the past is allowed (recorded late). */
export const ZDueDate = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === "") return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00.000Z`) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return date;
  });

/**
 * The owner: a partner of the round, or a person's name as typed; exactly one
 * (`requireOneOwner`). An action without an owner is not yet an agreement.
 */
export const ownerFields = {
  ownerPartnerId: z.string().min(1).max(40).nullable(),
  ownerName: typedText({ max: 100 }),
};

export function requireOneOwner(owner: { ownerPartnerId: string | null; ownerName: string }, context: z.RefinementCtx) {
  if ((owner.ownerPartnerId === null) === (owner.ownerName === "")) {
    context.addIssue({ code: "custom", path: ["owner"], message: "ownerRequired" });
  }
}

export const findingFields = { findingKind: z.enum(FINDING_KINDS), findingId: z.string().min(1).max(100) };
