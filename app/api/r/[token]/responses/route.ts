import { type ActionDefinition, lazyServerErrorTranslator, runAction } from "@/lib/server/action";
import { jsonResult, readJson } from "@/lib/server/http";
import { type SavedResponses, saveResponses, ZSaveResponsesInput } from "@/lib/server/respond/save-responses";

const saveAction: ActionDefinition<typeof ZSaveResponsesInput, SavedResponses> = {
  name: "saveResponses",
  schema: ZSaveResponsesInput,
  handler: saveResponses,
  rateLimit: { limiter: "saveResponses", key: (input) => input.token },
};

/**
 * Saves a batch of a respondent's answers and comments. A route handler, not
 * a server action, so the questionnaire can send its last changes with
 * `keepalive` while the tab closes.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const body = await readJson(request);
  const raw = body !== null && typeof body === "object" && !Array.isArray(body) ? { ...body, token } : body;
  return jsonResult(await runAction(saveAction, raw, lazyServerErrorTranslator));
}
