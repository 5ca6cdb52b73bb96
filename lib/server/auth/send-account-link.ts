import "server-only";
import { getLocale } from "next-intl/server";
import { resolveLocale } from "../../i18n/locale";
import { baseUrl, linkTo } from "../base-url";
import { db } from "../db";
import { log } from "../log";
import { sendMail } from "../mail/send-mail";
import { type AccountLinkKind, accountLinkMail } from "./account-link-mail";

/** How long each link works: a sign-in link is used at once, a reset may wait for a coffee, a new account's confirmation for a day. */
export const LINK_MINUTES: Record<AccountLinkKind, number> = { signIn: 15, resetPassword: 60, confirmEmail: 24 * 60 };

/** Our own pages, which ask before using the link: a mail scanner opening every link signs nobody in. */
const LINK_PATHS: Record<AccountLinkKind, string> = {
  signIn: "/inloggen/link/",
  resetPassword: "/wachtwoord-herstellen/",
  confirmEmail: "/e-mailadres-bevestigen/",
};

/**
 * Mails a sign-in, reset or confirmation link in the language the person asked in, to an
 * existing account only. Sending happens after the answer, so neither the
 * answer nor its timing tells whether an account exists.
 */
export async function sendAccountLink(kind: AccountLinkKind, email: string, token: string): Promise<void> {
  const locale = resolveLocale(await getLocale());
  const link = linkTo(await baseUrl(), `${LINK_PATHS[kind]}${token}`, locale);
  void (async () => {
    const account = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
    if (!account) return;
    const outcome = await sendMail(accountLinkMail({ kind, locale, to: email, link, minutes: LINK_MINUTES[kind] }));
    if (outcome.ok) log("info", "account.link-sent", { kind });
  })().catch((error: unknown) => log("error", "account.link-failed", { kind, error: String(error) }));
}
