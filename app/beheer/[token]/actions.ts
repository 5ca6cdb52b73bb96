"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { type FormState, formAction, text } from "@/lib/server/form-action";
import { consume } from "@/lib/server/rate-limit";
import { deleteScan, ZDeleteScanInput } from "@/lib/server/scan/delete-scan";
import {
  addPartner,
  removePartner,
  renamePartner,
  renewInviteLink,
  ZAddPartnerInput,
  ZRemovePartnerInput,
  ZRenamePartnerInput,
  ZRenewInviteInput,
} from "@/lib/server/scan/manage-partners";
import {
  createPersonalLink,
  revokePersonalLink,
  ZCreatePersonalLinkInput,
  ZRevokePersonalLinkInput,
} from "@/lib/server/scan/personal-links";
import { setScanClosed, ZSetScanClosedInput } from "@/lib/server/scan/set-scan-closed";
import { updateScanSettings, ZUpdateScanSettingsInput } from "@/lib/server/scan/update-scan-settings";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Every management action counts towards the link's request limit before it runs. */
function limited<Input extends { managementToken: string }, T>(useCase: (input: Input) => Promise<T>) {
  return async (input: Input): Promise<T> => {
    await consume("manage", input.managementToken);
    return useCase(input);
  };
}

/** Every management form carries the management token; each action checks it through its use case. */
const token = (formData: FormData) => text(formData, "token");

async function savedAndRefreshed(): Promise<string> {
  revalidatePath("/beheer/[token]", "page");
  return (await getTranslations("manage"))("saved");
}

export const updateSettingsAction: Action = formAction(
  "updateScanSettings",
  ZUpdateScanSettingsInput,
  limited(updateScanSettings),
  (formData) => ({
    managementToken: token(formData),
    name: text(formData, "name"),
    description: text(formData, "description"),
    closesOn: text(formData, "closesOn"),
    showResultsToRespondents: formData.get("showResultsToRespondents") === "on",
  }),
  savedAndRefreshed,
);

export const setClosedAction: Action = formAction(
  "setScanClosed",
  ZSetScanClosedInput,
  limited(setScanClosed),
  (formData) => ({ managementToken: token(formData), isClosed: text(formData, "isClosed") === "true" }),
  savedAndRefreshed,
);

export const addPartnerAction: Action = formAction(
  "addPartner",
  ZAddPartnerInput,
  limited(addPartner),
  (formData) => ({ managementToken: token(formData), name: text(formData, "name") }),
  savedAndRefreshed,
);

export const renamePartnerAction: Action = formAction(
  "renamePartner",
  ZRenamePartnerInput,
  limited(renamePartner),
  (formData) => ({
    managementToken: token(formData),
    partnerId: text(formData, "partnerId"),
    name: text(formData, "name"),
  }),
  savedAndRefreshed,
);

export const removePartnerAction: Action = formAction(
  "removePartner",
  ZRemovePartnerInput,
  limited(removePartner),
  (formData) => ({ managementToken: token(formData), partnerId: text(formData, "partnerId") }),
  savedAndRefreshed,
);

export const renewInviteAction: Action = formAction(
  "renewInviteLink",
  ZRenewInviteInput,
  limited(renewInviteLink),
  (formData) => ({ managementToken: token(formData), partnerId: text(formData, "partnerId") }),
  savedAndRefreshed,
);

export const createPersonalLinkAction: Action = formAction(
  "createPersonalLink",
  ZCreatePersonalLinkInput,
  limited(createPersonalLink),
  (formData) => ({
    managementToken: token(formData),
    partnerId: text(formData, "partnerId"),
    label: text(formData, "label"),
  }),
  savedAndRefreshed,
);

export const revokePersonalLinkAction: Action = formAction(
  "revokePersonalLink",
  ZRevokePersonalLinkInput,
  limited(revokePersonalLink),
  (formData) => ({ managementToken: token(formData), respondentId: text(formData, "respondentId") }),
  savedAndRefreshed,
);

/** The manager answers personally: a personal link marked as the manager's, opened at once. */
export const answerYourselfAction: Action = formAction(
  "answerYourself",
  ZCreatePersonalLinkInput,
  limited(createPersonalLink),
  (formData) => ({
    managementToken: token(formData),
    partnerId: text(formData, "partnerId"),
    label: text(formData, "label"),
    role: text(formData, "role") || null,
    isManager: true,
  }),
  ({ token: respondentToken }) => redirect(`/r/${respondentToken}`),
);

export const deleteScanAction: Action = formAction(
  "deleteScan",
  ZDeleteScanInput,
  limited(deleteScan),
  (formData) => ({ managementToken: token(formData), confirmation: text(formData, "confirmation") }),
  () => redirect("/beheer/verwijderd"),
);
