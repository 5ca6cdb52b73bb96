"use server";

import { createAction } from "@/lib/server/action";
import { submitResponse, ZSubmitInput } from "@/lib/server/respond/submit-response";

export const submitAction = createAction({
  name: "submitResponse",
  schema: ZSubmitInput,
  handler: submitResponse,
  rateLimit: { limiter: "submit", key: (input) => input.token },
});
