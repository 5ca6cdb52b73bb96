"use server";

import { createAction } from "@/lib/server/action";
import { saveAnswer, ZSaveAnswerInput } from "@/lib/server/save-answer";

export const saveAnswerAction = createAction("saveAnswer", ZSaveAnswerInput, saveAnswer);
