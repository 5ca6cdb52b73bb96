"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createNextRound, ZCreateNextRoundInput } from "@/lib/server/collaboration/create-next-round";
import { setNextRoundDue, ZSetNextRoundDueInput } from "@/lib/server/collaboration/set-next-round-due";
import { type FormServerAction, formAction, text, wholeNumberOrNull } from "@/lib/server/form-action";
import type { RateLimitPolicy } from "@/lib/server/rate-limit";
import { deleteScan, ZDeleteScanInput } from "@/lib/server/scan/delete-scan";
import {
  addPartner,
  removePartner,
  renewInviteLink,
  updatePartner,
  ZAddPartnerInput,
  ZRemovePartnerInput,
  ZRenewInviteInput,
  ZUpdatePartnerInput,
} from "@/lib/server/scan/manage-partners";
import {
  createPersonalLink,
  revokePersonalLink,
  ZCreatePersonalLinkInput,
  ZRevokePersonalLinkInput,
} from "@/lib/server/scan/personal-links";
import { setScanClosed, ZSetScanClosedInput } from "@/lib/server/scan/set-scan-closed";
import { updateScanSettings, ZUpdateScanSettingsInput } from "@/lib/server/scan/update-scan-settings";
import { readRoundFields } from "../../scans/nieuw/read-scan-form";

/** Every management action counts towards the management link's allowance. */
const perManagementLink: RateLimitPolicy<{ managementToken: string }> = {
  limiter: "manage",
  key: (input) => input.managementToken,
};

/** Every management form carries the management token; each action checks it through its use case. */
const token = (formData: FormData) => text(formData, "token");

/** The round a form acts on, as a number, or as it came so the schema refuses it. */
const round = (formData: FormData) => wholeNumberOrNull(formData, "round");

/** "true" or "false" as a boolean; anything else stays as it came, so the schema refuses it instead of reading it as "false". */
const yesOrNo = (value: string): boolean | string => (value === "true" ? true : value === "false" ? false : value);

async function savedAndRefreshed(): Promise<string> {
  // Every page of the collaboration: its rounds, results and trend show what changed.
  revalidatePath("/beheer/[token]", "layout");
  return (await getTranslations("manage"))("saved");
}

export const updateSettingsAction: FormServerAction = formAction({
  name: "updateScanSettings",
  schema: ZUpdateScanSettingsInput,
  handler: updateScanSettings,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    round: round(formData),
    name: text(formData, "name"),
    description: text(formData, "description"),
    closesOn: text(formData, "closesOn"),
    showResultsToRespondents: formData.get("showResultsToRespondents") === "on",
  }),
  onSuccess: savedAndRefreshed,
});

export const setClosedAction: FormServerAction = formAction({
  name: "setScanClosed",
  schema: ZSetScanClosedInput,
  handler: setScanClosed,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    round: round(formData),
    isClosed: yesOrNo(text(formData, "isClosed")),
  }),
  onSuccess: savedAndRefreshed,
});

export const addPartnerAction: FormServerAction = formAction({
  name: "addPartner",
  schema: ZAddPartnerInput,
  handler: addPartner,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    round: round(formData),
    name: text(formData, "name"),
    invitedCount: wholeNumberOrNull(formData, "invitedCount"),
  }),
  onSuccess: savedAndRefreshed,
});

export const updatePartnerAction: FormServerAction = formAction({
  name: "updatePartner",
  schema: ZUpdatePartnerInput,
  handler: updatePartner,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    partnerId: text(formData, "partnerId"),
    name: text(formData, "name"),
    invitedCount: wholeNumberOrNull(formData, "invitedCount"),
  }),
  onSuccess: savedAndRefreshed,
});

export const removePartnerAction: FormServerAction = formAction({
  name: "removePartner",
  schema: ZRemovePartnerInput,
  handler: removePartner,
  rateLimit: perManagementLink,
  read: (formData) => ({ managementToken: token(formData), partnerId: text(formData, "partnerId") }),
  onSuccess: savedAndRefreshed,
});

export const renewInviteAction: FormServerAction = formAction({
  name: "renewInviteLink",
  schema: ZRenewInviteInput,
  handler: renewInviteLink,
  rateLimit: perManagementLink,
  read: (formData) => ({ managementToken: token(formData), partnerId: text(formData, "partnerId") }),
  onSuccess: savedAndRefreshed,
});

export const createPersonalLinkAction: FormServerAction = formAction({
  name: "createPersonalLink",
  schema: ZCreatePersonalLinkInput,
  handler: createPersonalLink,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    partnerId: text(formData, "partnerId"),
    label: text(formData, "label"),
  }),
  onSuccess: savedAndRefreshed,
});

export const revokePersonalLinkAction: FormServerAction = formAction({
  name: "revokePersonalLink",
  schema: ZRevokePersonalLinkInput,
  handler: revokePersonalLink,
  rateLimit: perManagementLink,
  read: (formData) => ({ managementToken: token(formData), respondentId: text(formData, "respondentId") }),
  onSuccess: savedAndRefreshed,
});

/** The manager answers personally: a personal link marked as the manager's, opened at once. */
export const answerYourselfAction: FormServerAction = formAction({
  name: "answerYourself",
  schema: ZCreatePersonalLinkInput,
  handler: createPersonalLink,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    partnerId: text(formData, "partnerId"),
    label: text(formData, "label"),
    role: text(formData, "role") || null,
    isManager: true,
  }),
  onSuccess: ({ token: respondentToken }) => redirect(`/r/${respondentToken}`),
});

export const deleteScanAction: FormServerAction = formAction({
  name: "deleteScan",
  schema: ZDeleteScanInput,
  handler: deleteScan,
  rateLimit: perManagementLink,
  read: (formData) => ({ managementToken: token(formData), confirmation: text(formData, "confirmation") }),
  onSuccess: () => redirect("/beheer/verwijderd"),
});

/** The rhythm: when the next round is due; an empty date clears it. */
export const planNextRoundAction: FormServerAction = formAction({
  name: "setNextRoundDue",
  schema: ZSetNextRoundDueInput,
  handler: setNextRoundDue,
  rateLimit: perManagementLink,
  read: (formData) => ({ managementToken: token(formData), dueOn: text(formData, "dueOn") }),
  onSuccess: savedAndRefreshed,
});

/** The next round, with the partners carried over; the management page then shows it. */
export const createNextRoundAction: FormServerAction = formAction({
  name: "createNextRound",
  schema: ZCreateNextRoundInput,
  handler: createNextRound,
  rateLimit: perManagementLink,
  read: (formData) => ({
    managementToken: token(formData),
    afterRound: wholeNumberOrNull(formData, "afterRound"),
    ...readRoundFields(formData),
  }),
  onSuccess: (_created, input) => {
    revalidatePath("/beheer/[token]", "layout");
    redirect(`/beheer/${input.managementToken}`);
  },
});
