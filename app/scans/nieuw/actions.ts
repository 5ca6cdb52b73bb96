"use server";

import { redirect } from "next/navigation";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { createScan, ZCreateScanInput } from "@/lib/server/scan/create-scan";

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
    partners: formData
      .getAll("partner")
      .map((value) => (typeof value === "string" ? value.trim() : ""))
      .filter((value) => value !== ""),
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
