"use server";

import { redirect } from "next/navigation";
import { currentUser } from "@/lib/server/auth/session";
import { type FormServerAction, formAction, text } from "@/lib/server/form-action";
import { createScan, ZCreateScanInput } from "@/lib/server/scan/create-scan";
import { readRoundFields } from "./read-scan-form";

export const createScanAction: FormServerAction = formAction({
  name: "createScan",
  schema: ZCreateScanInput,
  // Signed in, the scan goes into the account; without an account its management link is all there is.
  handler: async (input) => createScan(input, (await currentUser())?.id ?? null),
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
