"use server";

import { createAction } from "@/lib/server/action";
import { submitResponse, ZSubmitInput } from "@/lib/server/respond/submit-response";

export const submitAction = createAction("submitResponse", ZSubmitInput, submitResponse);
