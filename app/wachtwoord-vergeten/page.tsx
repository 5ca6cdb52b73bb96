import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { currentUser } from "@/lib/server/auth/session";
import { isMailConfigured } from "@/lib/server/mail/send-mail";
import { requestPasswordResetAction } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("forgotTitle") };
}

/** Only where this installation sends e-mail: the reset link goes to the account's address. */
export default async function ForgotPasswordPage() {
  if (!isMailConfigured()) notFound();
  if (await currentUser()) redirect("/mijn-scans");
  const t = await getTranslations("account");
  return (
    <div className={styles.narrow}>
      <h1>{t("forgotTitle")}</h1>
      <p className="muted">{t("forgotLead")}</p>
      <div className="card">
        <FieldsForm
          action={requestPasswordResetAction}
          submitLabel={t("forgotButton")}
          fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email" }]}
        />
      </div>
      <p className={styles.switch}>
        <Link href="/inloggen">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
