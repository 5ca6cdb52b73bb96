import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ScanDefaults } from "@/components/scan/create-scan-form";
import { CreateScanForm } from "@/components/scan/create-scan-form";
import { instrument, VARIANTS } from "@/content";
import { contextOptions } from "@/lib/instrument/labels";
import { REPORTING_MODES } from "@/lib/scoring";
import { getManagementView } from "@/lib/server/scan/get-management-view";
import { MAX_PARTNERS } from "@/lib/server/scan/scan-fields";
import { ZToken } from "@/lib/server/tokens";
import { createScanAction } from "./actions";

/** A follow-up round starts from the previous scan's settings and partners. */
async function previousRound(
  token: string | undefined,
): Promise<{ token: string; defaults: ScanDefaults } | undefined> {
  if (!token || !ZToken.safeParse(token).success) return undefined;
  const view = await getManagementView(token).catch(() => null);
  if (!view) return undefined;
  return {
    token,
    defaults: {
      name: view.name,
      description: view.description,
      form: view.form,
      phase: view.phase,
      collaborationType: view.collaborationType,
      variant: view.variant,
      locale: view.locale,
      anonymityThreshold: view.anonymityThreshold,
      reportingMode: view.reportingMode,
      partners: view.partners.map((partner) => ({ name: partner.name, invitedCount: partner.invitedCount })),
    },
  };
}

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
  const previous = await previousRound(vorige);
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
        previousManagementToken={previous?.token}
        initial={previous?.defaults}
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
        reportingModes={REPORTING_MODES.map((mode) => ({
          value: mode,
          label: t(`reportingModes.${mode}.label`),
          description: t(`reportingModes.${mode}.description`),
        }))}
        defaultLocale={locale}
      />
    </>
  );
}
