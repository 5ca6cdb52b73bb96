import { getTranslations } from "next-intl/server";
import type { Locale, Variant } from "@/content";
import { type StepNames, stepLabel } from "@/lib/instrument/step-labels";
import { stepsFor } from "@/lib/instrument/steps";
import { ReviewList, type ReviewSection, type SubmitResponseAction } from "../review-list";
import { agreementOptions, importanceOptions, positionLabels } from "../scale-options";

/** Every answer on one page, labelled as it was asked, with the button that sends the response. */
export async function ReviewStep(props: {
  token: string;
  locale: Locale;
  names: StepNames;
  variant: Variant;
  version: number;
  submit: SubmitResponseAction;
}) {
  const t = await getTranslations();
  const { locale } = props;
  const agreement = Object.fromEntries(
    (await agreementOptions()).map((option) => [String(option.value), option.label]),
  );
  const importance = Object.fromEntries(
    (await importanceOptions()).map((option) => [String(option.value), option.label]),
  );
  const sections: ReviewSection[] = await Promise.all(
    stepsFor(props.variant, props.version)
      .filter((step) => step.kind !== "review")
      .map(async (step) => ({
        slug: step.slug,
        title: stepLabel(step, locale, props.names),
        lensId: step.kind === "lens" ? step.lensId : undefined,
        items: await Promise.all(
          step.items.map(async (item) => {
            switch (item.kind) {
              case "statement":
                return { id: item.id, text: item.statement.text[locale], valueLabels: agreement };
              case "paradox-openness":
                return {
                  id: item.id,
                  text: `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}: ${t("paradox.openness")}`,
                  valueLabels: agreement,
                };
              case "paradox-position": {
                const labels = await positionLabels(item.paradox.poleA.name[locale], item.paradox.poleB.name[locale]);
                return {
                  id: item.id,
                  text: `${item.paradox.poleA.name[locale]} – ${item.paradox.poleB.name[locale]}: ${
                    item.measure === "current" ? t("paradox.current") : t("paradox.desired")
                  }`,
                  valueLabels: {
                    ...Object.fromEntries(labels.map((label, index) => [String(index - 3), label])),
                    null: t("paradox.unknown"),
                  },
                };
              }
              case "choice":
                return {
                  id: item.id,
                  text: item.question.question[locale],
                  valueLabels: Object.fromEntries(
                    item.question.options.map((option) => [String(option.code), option.label[locale]]),
                  ),
                };
              case "importance":
                return {
                  id: item.id,
                  text: item.question.options.find((option) => option.id === item.optionId)?.label[locale] ?? item.id,
                  valueLabels: importance,
                };
            }
          }),
        ),
      })),
  );
  return (
    <>
      <p>{t("review.lead")}</p>
      <ReviewList token={props.token} sections={sections} submit={props.submit} />
    </>
  );
}
