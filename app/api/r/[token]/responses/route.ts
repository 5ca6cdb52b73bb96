import {
  type ActionDefinition,
  type ActionResult,
  lazyServerErrorTranslator,
  refusal,
  runAction,
} from "@/lib/server/action";
import { jsonResult, readJsonBody, transportSecurityHeaders } from "@/lib/server/http";
import { type SavedResponses, saveResponses, ZSaveResponsesInput } from "@/lib/server/respond/save-responses";

const saveAction: ActionDefinition<typeof ZSaveResponsesInput, SavedResponses> = {
  name: "saveResponses",
  schema: ZSaveResponsesInput,
  handler: saveResponses,
  rateLimit: { limiter: "saveResponses", key: (input) => input.token },
};

/** The questionnaire shows only `error`: when every fault has the same message (a comment with a control character), that message says more. */
function withFieldMessage<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok || !result.fieldErrors) return result;
  const messages = [...new Set(Object.values(result.fieldErrors).flat())];
  return messages.length === 1 && messages[0] ? { ...result, error: messages[0] } : result;
}

/**
 * Saves a batch of a respondent's answers and comments. A route handler, not
 * a server action, so the questionnaire can send its last changes with
 * `keepalive` while the tab closes. A body over 64 KB is refused (413)
 * before it is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const security = await transportSecurityHeaders();
  const body = await readJsonBody(request);
  if (body.isTooLarge) return jsonResult(await refusal("payloadTooLarge", lazyServerErrorTranslator), security);
  const { value } = body;
  const raw = value !== null && typeof value === "object" && !Array.isArray(value) ? { ...value, token } : value;
  return jsonResult(withFieldMessage(await runAction(saveAction, raw, lazyServerErrorTranslator)), security);
}
