"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { createAction, ZCreateActionInput } from "@/lib/server/agreed-actions/create-action";
import { deleteAction, ZDeleteActionInput } from "@/lib/server/agreed-actions/delete-action";
import { setActionStatus, ZSetActionStatusInput } from "@/lib/server/agreed-actions/set-action-status";
import { updateAction, ZUpdateActionInput } from "@/lib/server/agreed-actions/update-action";
import { type FormServerAction, formAction, text, wholeNumberOrNull } from "@/lib/server/form-action";
import type { RateLimitPolicy } from "@/lib/server/rate-limit";

/** Agreed actions count towards the management link's allowance, like every management action. */
const perManagementLink: RateLimitPolicy<{ managementToken: string }> = {
  limiter: "manage",
  key: (input) => input.managementToken,
};

/**
 * The owner as the form's select gives it: a partner's id, or "person" with
 * the name typed beside it. The name field is read only with "person", so a
 * name left in it while a partner is chosen does not make two owners.
 */
function owner(formData: FormData): { ownerPartnerId: string | null; ownerName: string } {
  const choice = text(formData, "owner");
  if (choice === "person") return { ownerPartnerId: null, ownerName: text(formData, "ownerName") };
  return { ownerPartnerId: choice === "" ? null : choice, ownerName: "" };
}

async function done(key: "added" | "saved" | "deleted"): Promise<string> {
  // The results, the workshop and the next round's review all show actions.
  revalidatePath("/beheer/[token]", "layout");
  return (await getTranslations("actions"))(key);
}

export const createActionAction: FormServerAction = formAction({
  name: "createAction",
  schema: ZCreateActionInput,
  handler: createAction,
  rateLimit: perManagementLink,
  read: (formData) => {
    const [findingKind, ...rest] = text(formData, "finding").split(":");
    return {
      managementToken: text(formData, "token"),
      round: wholeNumberOrNull(formData, "round"),
      description: text(formData, "description"),
      ...owner(formData),
      dueOn: text(formData, "dueOn"),
      findingKind,
      findingId: rest.join(":"),
    };
  },
  onSuccess: () => done("added"),
});

export const updateActionAction: FormServerAction = formAction({
  name: "updateAction",
  schema: ZUpdateActionInput,
  handler: updateAction,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: text(formData, "token"),
    actionId: text(formData, "actionId"),
    description: text(formData, "description"),
    ...owner(formData),
    dueOn: text(formData, "dueOn"),
    status: text(formData, "status"),
  }),
  onSuccess: () => done("saved"),
});

export const setActionStatusAction: FormServerAction = formAction({
  name: "setActionStatus",
  schema: ZSetActionStatusInput,
  handler: setActionStatus,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: text(formData, "token"),
    actionId: text(formData, "actionId"),
    status: text(formData, "status"),
  }),
  onSuccess: () => done("saved"),
});

export const deleteActionAction: FormServerAction = formAction({
  name: "deleteAction",
  schema: ZDeleteActionInput,
  handler: deleteAction,
  rateLimit: perManagementLink,
  read: (formData) => ({ managementToken: text(formData, "token"), actionId: text(formData, "actionId") }),
  onSuccess: () => done("deleted"),
});
