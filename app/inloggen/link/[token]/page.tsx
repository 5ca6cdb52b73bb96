import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { isLinkUsable } from "@/lib/server/auth/link-token";
import { signInWithLinkAction } from "../../../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  // The link is a secret: no search engine, no referrer.
  return { title: t("linkPageTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Asks before signing in, so a mail scanner that opens every link uses none up. */
export default async function SignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account");
  const isUsable = await isLinkUsable("signIn", token);
  return (
    <div className={styles.narrow}>
      <h1>{t("linkPageTitle")}</h1>
      {isUsable ? (
        <div className="card">
          <p>{t("linkPageLead")}</p>
          <FieldsForm action={signInWithLinkAction} submitLabel={t("signInButton")} fields={[]} hidden={{ token }} />
          <p className="muted">{t("linkPasswordNote")}</p>
        </div>
      ) : (
        <div className="card">
          <p>{t("linkUnusable")}</p>
          <p>
            <Link href="/inloggen">{t("linkAskNew")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
