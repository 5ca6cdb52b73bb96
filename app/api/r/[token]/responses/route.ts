import { lazyServerErrorTranslator, runAction } from "@/lib/server/action";
import { jsonResult, readJson } from "@/lib/server/http";
import { consume } from "@/lib/server/rate-limit";
import { type SaveResponsesInput, saveResponses, ZSaveResponsesInput } from "@/lib/server/respond/save-responses";

async function limitedSave(input: SaveResponsesInput) {
  await consume("saveResponses", input.token);
  return saveResponses(input);
}

/**
 * Saves a batch of a respondent's answers and comments. A route handler, not
 * a server action, so the questionnaire can send its last changes with
 * `keepalive` while the tab closes.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const body = await readJson(request);
  const raw = body !== null && typeof body === "object" && !Array.isArray(body) ? { ...body, token } : body;
  return jsonResult(await runAction("saveResponses", ZSaveResponsesInput, limitedSave, raw, lazyServerErrorTranslator));
}
