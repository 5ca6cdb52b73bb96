"use server";

import { cookies } from "next/headers";
import { ZLocale } from "@/content/schema";
import { LOCALE_COOKIE } from "@/lib/i18n/locale";
import { isServedOverHttps } from "@/lib/server/base-url";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Sets the interface language; an unknown value changes nothing. */
export async function setLocale(formData: FormData): Promise<void> {
  const parsed = ZLocale.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: await isServedOverHttps(),
  });
}
