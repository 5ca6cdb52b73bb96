import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CreateScanForm } from "@/components/scan/create-scan-form";
import { instrument, VARIANTS } from "@/content";
import { contextOptions } from "@/lib/instrument/labels";
import { MAX_PARTNERS } from "@/lib/server/scan/scan-fields";
import { ZToken } from "@/lib/server/tokens";
import { createScanAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("create");
  return { title: t("title") };
}

type SearchParams = Promise<{ vorige?: string }>;

export default async function NewScanPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await getLocale();
  const t = await getTranslations("create");
  const tNav = await getTranslations("nav");
  const { vorige } = await searchParams;
  const options = (questionId: string) =>
    contextOptions(questionId).map((option) => ({
      value: option.id.split(".")[1] ?? option.id,
      code: option.code,
      label: option.label[locale],
      description: option.description?.[locale],
    }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("lead")}</p>
      <CreateScanForm
        action={createScanAction}
        previousManagementToken={vorige && ZToken.safeParse(vorige).success ? vorige : undefined}
        maxPartners={MAX_PARTNERS}
        forms={options("context.form")}
        phases={options("context.phase")}
        collaborationTypes={options("context.collaboration-type")}
        variants={VARIANTS.map((variant) => ({
          value: variant,
          label: instrument.variants[variant]?.name[locale] ?? variant,
          description: `${instrument.variants[variant]?.description[locale] ?? ""} (${t("minutes", {
            minutes: instrument.variants[variant]?.minutes ?? 0,
          })})`,
        }))}
        locales={[
          { value: "nl", label: tNav("languages.nl") },
          { value: "en", label: tNav("languages.en") },
        ]}
        defaultLocale={locale}
      />
    </>
  );
}
