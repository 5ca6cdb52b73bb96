"use server";

import { redirect } from "next/navigation";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { createScan, ZCreateScanInput } from "@/lib/server/scan/create-scan";

/** Partner names with the number invited beside each; rows without a name are left out. */
function partnerRows(formData: FormData): { partners: string[]; invitedCounts: (number | string | null)[] } {
  const names = formData.getAll("partner").map((value) => (typeof value === "string" ? value.trim() : ""));
  const invited = formData.getAll("partnerInvited").map((value) => (typeof value === "string" ? value.trim() : ""));
  const rows = names.map((name, index) => ({ name, invited: invited[index] ?? "" })).filter((row) => row.name !== "");
  return {
    partners: rows.map((row) => row.name),
    invitedCounts: rows.map((row) =>
      row.invited === "" ? null : /^\d+$/.test(row.invited) ? Number(row.invited) : row.invited,
    ),
  };
}

/** Reads the create-scan form; empty partner fields are left out. */
function readCreateForm(formData: FormData): unknown {
  const collaborationType = text(formData, "collaborationType");
  const threshold = Number(text(formData, "anonymityThreshold"));
  return {
    name: text(formData, "name"),
    description: text(formData, "description"),
    form: text(formData, "form"),
    phase: text(formData, "phase"),
    collaborationType: collaborationType === "" ? null : Number(collaborationType),
    variant: text(formData, "variant"),
    locale: text(formData, "locale"),
    anonymityThreshold: Number.isFinite(threshold) ? threshold : text(formData, "anonymityThreshold"),
    closesOn: text(formData, "closesOn"),
    showResultsToRespondents: formData.get("showResultsToRespondents") === "on",
    ...partnerRows(formData),
    reportingMode: text(formData, "reportingMode") || "group",
    ...(text(formData, "previous") ? { previousManagementToken: text(formData, "previous") } : {}),
  };
}

export const createScanAction: FormServerAction = formAction({
  name: "createScan",
  schema: ZCreateScanInput,
  handler: createScan,
  // Per address: whoever creates a scan holds no link yet.
  rateLimit: { limiter: "createScan", key: "clientAddress" },
  read: readCreateForm,
  onSuccess: ({ managementToken }) => redirect(`/beheer/${managementToken}?nieuw=1`),
});
