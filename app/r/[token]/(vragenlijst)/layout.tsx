import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { QuestionnaireProvider } from "@/components/questionnaire/questionnaire-provider";
import { loadQuestionnaire } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("questionnaire");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Holds the respondent's answers across the steps, so moving between steps keeps unsaved changes. */
export default async function QuestionnaireLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const state = await loadQuestionnaire(token);
  if (state.isSubmitted) redirect(`/r/${token}/bedankt`);
  return (
    <QuestionnaireProvider
      token={token}
      respondentId={state.respondentId}
      initialAnswers={state.answers}
      initialComments={state.comments as Record<string, string>}
      initialRole={state.role}
      isReadOnly={state.isClosed}
    >
      {children}
    </QuestionnaireProvider>
  );
}
