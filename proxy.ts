import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE, type Locale, resolveLocale } from "./lib/i18n/locale";
import en from "./lib/i18n/messages/en.json";
import nl from "./lib/i18n/messages/nl.json";
import { MAX_ACTION_BODY_BYTES } from "./lib/server/body-limits";
import { forwarding, isHttps, isSameOrigin, STRICT_TRANSPORT_SECURITY } from "./lib/server/forwarded";

/**
 * Runs before every page:
 * - a Content-Security-Policy with a fresh nonce, which Next.js puts on its
 *   own scripts, so no other script can run (no 'unsafe-inline' or
 *   'unsafe-eval' for scripts outside development);
 * - links to an English scan carry ?lang=en: the language cookie is set
 *   before the page renders, so the first page is already in English;
 * - a form sent to a server action from another site is refused with 403,
 *   and one over the size limit with 413, each with a message in the
 *   user's language (Next.js itself answers both with a 500);
 * - over https, Strict-Transport-Security, and the language cookie `Secure`.
 */
function contentSecurityPolicy(nonce: string): string {
  const isDevelopment = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Charts and bars size themselves with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const MESSAGES = { nl: nl.errors, en: en.errors } as const;

function refusal(request: NextRequest, status: 403 | 413): NextResponse {
  const locale: Locale = resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const text = status === 403 ? MESSAGES[locale].crossOrigin : MESSAGES[locale].payloadTooLarge;
  return new NextResponse(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Whether a body is over the limit: by its Content-Length, or, sent without one, by counting until the limit is passed. */
async function isOverLimit(request: NextRequest, limit: number): Promise<boolean> {
  const declared = request.headers.get("content-length");
  if (declared !== null) return Number(declared) > limit;
  if (!request.body) return false;
  // This reads a copy Next.js made for the proxy (at most `proxyClientMaxBodySize`, see next.config.ts); the action still gets the body.
  const reader = request.body.getReader();
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return true;
    }
  }
}

/** Pages only take GET; anything with a body is a server action (with JavaScript, or a plain form without). */
async function checkPost(request: NextRequest): Promise<NextResponse | null> {
  if (!isSameOrigin(request.headers, forwarding())) return refusal(request, 403);
  if (await isOverLimit(request, MAX_ACTION_BODY_BYTES)) return refusal(request, 413);
  return null;
}

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const isServedOverHttps = isHttps(request.headers, forwarding());
  const withTransportSecurity = (response: NextResponse) => {
    if (isServedOverHttps) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    return response;
  };
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    const refused = await checkPost(request);
    if (refused) return withTransportSecurity(refused);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const requested = request.nextUrl.searchParams.get("lang");
  const setsLocale =
    (requested === "nl" || requested === "en") && request.cookies.get(LOCALE_COOKIE)?.value !== requested;
  if (setsLocale) {
    request.cookies.set(LOCALE_COOKIE, requested);
    requestHeaders.set("cookie", request.cookies.toString());
  }

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (setsLocale) {
    response.cookies.set(LOCALE_COOKIE, requested, {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: isServedOverHttps,
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  return withTransportSecurity(response);
}

// Next.js reads the matchers without running this file: every source is written out.
export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    // Whatever it claims to be, a request with a body is checked: server actions post to pages.
    { source: "/((?!api|_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "content-length" }] },
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      has: [{ type: "header", key: "transfer-encoding" }],
    },
    { source: "/((?!api|_next/static|_next/image|favicon.ico).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
