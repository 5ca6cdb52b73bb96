import "server-only";
import type { ActionResult } from "./action";
import { isServedOverHttps } from "./base-url";
import { MAX_JSON_BODY_BYTES } from "./body-limits";
import type { ErrorMessageKey } from "./errors";
import { STRICT_TRANSPORT_SECURITY } from "./forwarded";

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
  payloadTooLarge: 413,
  invitationFull: 409,
  selfAssessmentOnly: 409,
  invitedRequired: 422,
  invitedBelowSubmitted: 409,
  otherManagementLink: 409,
  roundJustStarted: 409,
  onlyLatestRoundReopens: 409,
  unknownFinding: 422,
  mailNotConfigured: 409,
  addressesInvalid: 422,
  addressesEmpty: 422,
  addressesTooMany: 422,
  forbidden: 403,
  emailTaken: 409,
  wrongCredentials: 401,
  noSuchAccount: 404,
  lastOwner: 409,
  signInLinkInvalid: 410,
  resetLinkInvalid: 410,
  accountUnconfirmed: 409,
  confirmLinkInvalid: 410,
  unexpected: 500,
};

/** Responses that carry tokens or answers are never cached or passed on. */
export const PRIVATE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;

export function statusFor(code: ErrorMessageKey | "unexpected"): number {
  return STATUS[code];
}

export function jsonResult<T>(result: ActionResult<T>, extraHeaders: Record<string, string> = {}): Response {
  const status = result.ok ? 200 : statusFor(result.code);
  return Response.json(result, { status, headers: { ...PRIVATE_HEADERS, ...extraHeaders } });
}

/** Strict-Transport-Security on a response served over https; pages get it from proxy.ts. */
export async function transportSecurityHeaders(): Promise<Record<string, string>> {
  return (await isServedOverHttps()) ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {};
}

export type JsonBody = { isTooLarge: false; value: unknown } | { isTooLarge: true };

/**
 * The body of a JSON request, or undefined when it is not JSON (the schema
 * then refuses it). A body over `maxBytes` is refused by its Content-Length
 * before anything is read, or, sent without one, as soon as the bytes read
 * pass the limit: no more of it is held in memory than the limit.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) return { isTooLarge: true };
  if (!request.body) return { isTooLarge: false, value: undefined };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { isTooLarge: true };
    }
    chunks.push(value);
  }
  try {
    return { isTooLarge: false, value: JSON.parse(new TextDecoder().decode(Buffer.concat(chunks))) };
  } catch {
    return { isTooLarge: false, value: undefined };
  }
}

/** A file to download: never cached, named for the save dialog. */
export function fileDownload(
  file: { body: string | Buffer; contentType: string; filename: string },
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      ...PRIVATE_HEADERS,
      ...extraHeaders,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}

/** Every refusal of a download but the rate limit is "not found": a malformed, closed or foreign link looks like no scan at all. */
export function downloadRefusal(code: ErrorMessageKey | "unexpected"): "rateLimited" | "unexpected" | "notFound" {
  return code === "rateLimited" || code === "unexpected" ? code : "notFound";
}
