import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { currentUser } from "@/lib/server/auth/session";
import { signInAction } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("signInTitle") };
}

export default async function SignInPage() {
  if (await currentUser()) redirect("/mijn-scans");
  const t = await getTranslations("account");
  return (
    <div className={styles.narrow}>
      <h1>{t("signInTitle")}</h1>
      <p className="muted">{t("signInLead")}</p>
      <div className="card">
        <FieldsForm
          action={signInAction}
          submitLabel={t("signInButton")}
          fields={[
            { name: "email", label: t("email"), type: "email", autoComplete: "email" },
            { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
          ]}
        />
      </div>
      <p className={styles.switch}>
        {t("noAccount")} <Link href="/registreren">{t("signUpLink")}</Link>
      </p>
    </div>
  );
}
