import { contextQuestions, type Locale, type Option, type Role } from "../../content";

/** Labels of context options (roles, forms, phases, kinds of collaboration) straight from the content. */
export function contextOptions(questionId: string): readonly Option[] {
  return contextQuestions.find((question) => question.id === questionId)?.options ?? [];
}

export function optionLabel(questionId: string, optionId: string, locale: Locale): string {
  return contextOptions(questionId).find((option) => option.id === optionId)?.label[locale] ?? optionId;
}

export function roleLabel(role: Role, locale: Locale): string {
  return optionLabel("context.role", `role.${role}`, locale);
}
