import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { currentUser } from "@/lib/server/auth/session";
import { isMailConfigured } from "@/lib/server/mail/send-mail";
import { requestSignInLinkAction, signInAction } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("signInTitle") };
}

/** Sign in with a password; where this installation sends e-mail, also by a mailed link, and a reset. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<{ wachtwoord?: string }> }) {
  if (await currentUser()) redirect("/mijn-scans");
  const t = await getTranslations("account");
  const isPasswordNew = (await searchParams).wachtwoord === "nieuw";
  const canMail = isMailConfigured();
  return (
    <div className={styles.narrow}>
      <h1>{t("signInTitle")}</h1>
      <p className="muted">{t("signInLead")}</p>
      {isPasswordNew ? (
        <p className={styles.notice} role="status">
          {t("passwordSet")}
        </p>
      ) : null}
      <div className="card">
        <FieldsForm
          action={signInAction}
          submitLabel={t("signInButton")}
          label={t("passwordFormLabel")}
          fields={[
            { name: "email", label: t("email"), type: "email", autoComplete: "email" },
            { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
          ]}
        />
        {canMail ? (
          <p className={styles.forgot}>
            <Link href="/wachtwoord-vergeten">{t("forgotLink")}</Link>
          </p>
        ) : null}
      </div>
      {canMail ? (
        <section className="card" aria-labelledby="link-title">
          <h2 id="link-title">{t("linkTitle")}</h2>
          <p className="muted">{t("linkLead")}</p>
          <FieldsForm
            action={requestSignInLinkAction}
            submitLabel={t("linkButton")}
            label={t("linkTitle")}
            fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email" }]}
          />
        </section>
      ) : null}
      <p className={styles.switch}>
        {t("noAccount")} <Link href="/registreren">{t("signUpLink")}</Link>
      </p>
    </div>
  );
}
