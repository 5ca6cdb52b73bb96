import "server-only";
import { getTranslations } from "next-intl/server";
import type { ScaleOption } from "./likert-question";

/** The agreement scale with "don't know" last, in the user's language. */
export async function agreementOptions(): Promise<ScaleOption[]> {
  const t = await getTranslations("questionnaire.scale");
  return [
    { value: 1, label: t("1") },
    { value: 2, label: t("2") },
    { value: 3, label: t("3") },
    { value: 4, label: t("4") },
    { value: 5, label: t("5") },
    { value: null, label: t("unknown") },
  ];
}

export async function importanceOptions(): Promise<ScaleOption[]> {
  const t = await getTranslations("background.importance");
  const unknown = await getTranslations("questionnaire.scale");
  return [
    { value: 1, label: t("1") },
    { value: 2, label: t("2") },
    { value: 3, label: t("3") },
    { value: 4, label: t("4") },
    { value: 5, label: t("5") },
    { value: null, label: unknown("unknown") },
  ];
}

/** Accessible names of the seven positions between two poles. */
export async function positionLabels(poleA: string, poleB: string): Promise<string[]> {
  const t = await getTranslations("paradox.position");
  return [
    t("-3", { pole: poleA }),
    t("-2", { pole: poleA }),
    t("-1", { pole: poleA }),
    t("0"),
    t("1", { pole: poleB }),
    t("2", { pole: poleB }),
    t("3", { pole: poleB }),
  ];
}
