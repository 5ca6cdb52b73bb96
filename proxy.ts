import { type NextRequest, NextResponse } from "next/server";
import { LOCALE_COOKIE } from "./lib/i18n/locale";

/**
 * Links to an English scan carry ?lang=en. This sets the language cookie
 * before the page renders, so the first page is already in the scan's
 * language; the language switch can change it afterwards.
 */
export function proxy(request: NextRequest): NextResponse {
  const requested = request.nextUrl.searchParams.get("lang");
  if (requested !== "nl" && requested !== "en") return NextResponse.next();
  if (request.cookies.get(LOCALE_COOKIE)?.value === requested) return NextResponse.next();
  request.cookies.set(LOCALE_COOKIE, requested);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(LOCALE_COOKIE, requested, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 365,
  });
  return response;
}

export const config = { matcher: ["/i/:path*", "/r/:path*"] };
