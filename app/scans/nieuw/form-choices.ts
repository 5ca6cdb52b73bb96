import { getLocale, getTranslations } from "next-intl/server";
import { instrument, VARIANTS } from "@/content";
import { estimateMinutes } from "@/lib/instrument/duration";
import { contextOptions } from "@/lib/instrument/labels";
import { REPORTING_MODES } from "@/lib/scoring";
import { MAX_PARTNERS } from "@/lib/server/scan/scan-fields";

/** The choices of the create form in the visitor's language, for a new collaboration and a next round alike. */
export async function scanFormChoices() {
  const locale = await getLocale();
  const t = await getTranslations("create");
  const tNav = await getTranslations("nav");
  const options = (questionId: string) =>
    contextOptions(questionId).map((option) => ({
      value: option.id.split(".")[1] ?? option.id,
      code: option.code,
      label: option.label[locale],
      description: option.description?.[locale],
    }));
  return {
    maxPartners: MAX_PARTNERS,
    forms: options("context.form"),
    phases: options("context.phase"),
    collaborationTypes: options("context.collaboration-type"),
    variants: VARIANTS.map((variant) => ({
      value: variant,
      label: instrument.variants[variant]?.name[locale] ?? variant,
      description: `${instrument.variants[variant]?.description[locale] ?? ""} (${t("minutes", {
        minutes: estimateMinutes(variant, instrument.version),
      })})`,
    })),
    locales: [
      { value: "nl", label: tNav("languages.nl") },
      { value: "en", label: tNav("languages.en") },
    ],
    reportingModes: REPORTING_MODES.map((mode) => ({
      value: mode,
      label: t(`reportingModes.${mode}.label`),
      description: t(`reportingModes.${mode}.description`),
    })),
    defaultLocale: locale,
  };
}
