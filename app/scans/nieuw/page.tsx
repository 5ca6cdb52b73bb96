import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CreateScanForm } from "@/components/scan/create-scan-form";
import { ZToken } from "@/lib/server/tokens";
import { createScanAction } from "./actions";
import { scanFormChoices } from "./form-choices";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("create");
  return { title: t("title") };
}

type SearchParams = Promise<{ vorige?: string }>;

export default async function NewScanPage({ searchParams }: { searchParams: SearchParams }) {
  const { vorige } = await searchParams;
  // Follow-up rounds used to start here; they are now the next round of the same collaboration.
  if (vorige && ZToken.safeParse(vorige).success) redirect(`/beheer/${vorige}/ronde/nieuw`);
  const t = await getTranslations("create");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <CreateScanForm action={createScanAction} {...(await scanFormChoices())} />
    </>
  );
}
