import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { NotFoundError } from "@/lib/server/errors";
import { getQuestionnaireState, type QuestionnaireState } from "@/lib/server/respond/questionnaire";
import { ZToken } from "@/lib/server/tokens";

/** The respondent's state, loaded once per request and shared by the layout and the step page. */
export const loadQuestionnaire = cache(async (token: string): Promise<QuestionnaireState> => {
  if (!ZToken.safeParse(token).success) notFound();
  try {
    return await getQuestionnaireState(token);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
