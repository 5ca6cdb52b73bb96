"use server";

import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { startSelfScan } from "@/lib/server/start-self-scan";

/** Starts a self-assessment for the visitor and opens its questionnaire. */
export async function startSelfScanAction(): Promise<void> {
  const locale = await getLocale();
  const t = await getTranslations("home");
  const { respondentToken } = await startSelfScan({ name: t("selfScanName"), locale });
  redirect(`/r/${respondentToken}`);
}
