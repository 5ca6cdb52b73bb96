"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { openDemo } from "@/lib/server/demo/open-demo";
import { type FormServerAction, formAction } from "@/lib/server/form-action";

/** A visitor's own copy of the demo, opened on its management page. */
export const openDemoAction: FormServerAction = formAction({
  name: "openDemo",
  schema: z.object({}).strict(),
  handler: () => openDemo(),
  // A copy is a new scan: it counts against the same allowance as creating one.
  rateLimit: { limiter: "createScan", key: "clientAddress" },
  read: () => ({}),
  onSuccess: ({ managementToken }) => redirect(`/beheer/${managementToken}`),
});
