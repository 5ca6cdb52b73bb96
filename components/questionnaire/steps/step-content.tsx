import type { Locale, Variant } from "@/content";
import type { StepNames } from "@/lib/instrument/step-labels";
import type { Step } from "@/lib/instrument/steps";
import type { SubmitResponseAction } from "../review-list";
import { BackgroundStep } from "./background-step";
import { LensStep } from "./lens-step";
import { ParadoxStep } from "./paradox-step";
import { ReviewStep } from "./review-step";

type Props = {
  step: Step;
  locale: Locale;
  token: string;
  isRoleMissing: boolean;
  names: StepNames;
  variant: Variant;
  version: number;
  /** The server action that sends the response, handed down by the page. */
  submit: SubmitResponseAction;
};

/** The questions of one step of the questionnaire, by the kind of step. */
export function StepContent({ step, locale, token, isRoleMissing, names, variant, version, submit }: Props) {
  switch (step.kind) {
    case "lens":
      return <LensStep lensId={step.lensId} items={step.items} locale={locale} isRoleMissing={isRoleMissing} />;
    case "paradoxes":
      return <ParadoxStep items={step.items} locale={locale} />;
    case "background":
      return <BackgroundStep items={step.items} locale={locale} />;
    case "review":
      return (
        <ReviewStep token={token} locale={locale} names={names} variant={variant} version={version} submit={submit} />
      );
  }
}
