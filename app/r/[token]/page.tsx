import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LensQuestionnaire } from "@/components/questionnaire/lens-questionnaire";
import { NotFoundError } from "@/lib/server/errors";
import { getQuestionnaire } from "@/lib/server/get-questionnaire";
import { ZToken } from "@/lib/server/tokens";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("questionnaire");
  return { title: t("title"), robots: { index: false, follow: false } };
}

async function loadQuestionnaire(token: string) {
  if (!ZToken.safeParse(token).success) notFound();
  try {
    return await getQuestionnaire(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function QuestionnairePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const questionnaire = await loadQuestionnaire(token);
  const locale = await getLocale();
  const t = await getTranslations("questionnaire");
  return (
    <>
      <h1>{questionnaire.scanName}</h1>
      <p className="muted">{t("intro")}</p>
      {questionnaire.lenses.map(({ lens, statements, score }) => (
        <LensQuestionnaire
          key={lens.id}
          token={token}
          lens={{ id: lens.id, name: lens.name[locale], leadingQuestion: lens.leadingQuestion[locale] }}
          statements={statements.map((statement) => ({ id: statement.id, text: statement.text[locale] }))}
          initialAnswers={questionnaire.answers}
          initialScore={score}
        />
      ))}
    </>
  );
}
