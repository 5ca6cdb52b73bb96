import "server-only";
import { cache } from "react";
import { loadOrNotFound } from "@/lib/server/load-or-not-found";
import { getQuestionnaireState, type QuestionnaireState } from "@/lib/server/respond/questionnaire";

/** The respondent's state, loaded once per request and shared by the layout and the step page. */
export const loadQuestionnaire = cache(
  (token: string): Promise<QuestionnaireState> => loadOrNotFound(token, getQuestionnaireState),
);
