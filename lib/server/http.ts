import "server-only";
import type { ActionResult } from "./action";
import type { ErrorMessageKey } from "./errors";

/** HTTP status per expected error: unknown links are 404 whatever was wrong with them. */
const STATUS: Record<ErrorMessageKey | "unexpected", number> = {
  notFound: 404,
  invalidInput: 400,
  outOfScale: 422,
  unknownItem: 422,
  scanClosed: 409,
  alreadySubmitted: 409,
  partnerHasRespondents: 409,
  duplicatePartner: 409,
  partnerLimit: 409,
  confirmationMismatch: 422,
  rateLimited: 429,
  unexpected: 500,
};

/** Responses that carry tokens or answers are never cached or passed on. */
export const PRIVATE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;

export function statusFor(code: ErrorMessageKey | "unexpected"): number {
  return STATUS[code];
}

export function jsonResult<T>(result: ActionResult<T>): Response {
  const status = result.ok ? 200 : statusFor(result.code);
  return Response.json(result, { status, headers: PRIVATE_HEADERS });
}

/** The body of a JSON request, or undefined when it is not JSON (the schema then refuses it). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
