"use server";

import { redirect } from "next/navigation";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { createScan, ZCreateScanInput } from "@/lib/server/scan/create-scan";
import { readRoundFields } from "./read-scan-form";

export const createScanAction: FormServerAction = formAction({
  name: "createScan",
  schema: ZCreateScanInput,
  handler: createScan,
  // Per address: whoever creates a scan holds no link yet.
  rateLimit: { limiter: "createScan", key: "clientAddress" },
  read: (formData) => ({
    name: text(formData, "name"),
    description: text(formData, "description"),
    ...readRoundFields(formData),
    reportingMode: text(formData, "reportingMode") || "group",
  }),
  onSuccess: ({ managementToken }) => redirect(`/beheer/${managementToken}?nieuw=1`),
});
