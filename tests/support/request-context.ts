import { createTranslator } from "use-intl/core";
import en from "../../lib/i18n/messages/en.json";
import nl from "../../lib/i18n/messages/nl.json";

/**
 * What Next.js gives a server action about its request, for tests that call
 * the real actions outside a server: the request's headers and cookies, and
 * translations in the request's language. Tests point these modules here
 * with `vi.mock` (see `nextHeaders`, `nextIntlServer`, `nextCache`) and set
 * `request` before each call.
 */
export const request = {
  headers: new Headers(),
  locale: "nl" as "nl" | "en",
  cookies: new Map<string, { value: string; options: Record<string, unknown> }>(),
};

/** Starts a fresh request from the given client address and in the given language. */
export function newRequest(
  options: { forwardedFor?: string; locale?: "nl" | "en"; headers?: Record<string, string> } = {},
) {
  request.headers = new Headers({
    host: "127.0.0.1:3000",
    ...(options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {}),
    ...options.headers,
  });
  request.locale = options.locale ?? "nl";
  request.cookies.clear();
}

export const nextHeaders = {
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) => {
      const cookie = request.cookies.get(name);
      return cookie ? { name, value: cookie.value } : undefined;
    },
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      request.cookies.set(name, { value, options });
    },
  }),
};

export const nextIntlServer = {
  getTranslations: async (namespace: string) =>
    createTranslator({
      locale: request.locale,
      messages: request.locale === "nl" ? nl : en,
      namespace: namespace as "errors",
    }),
  getLocale: async () => request.locale,
};

export const nextCache = { revalidatePath: () => undefined };

/** Where a server action sent the browser, if it redirected (Next.js redirects by throwing). */
export function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT") ? (digest.split(";")[2] ?? null) : null;
}
