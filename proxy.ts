import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE } from "./lib/i18n/locale";

/**
 * Runs before every page:
 * - a Content-Security-Policy with a fresh nonce, which Next.js puts on its
 *   own scripts, so no other script can run (no 'unsafe-inline' or
 *   'unsafe-eval' for scripts outside development);
 * - links to an English scan carry ?lang=en: the language cookie is set
 *   before the page renders, so the first page is already in English.
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

export function proxy(request: NextRequest): NextResponse {
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
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
