import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { currentUser } from "@/lib/server/auth/session";
import { signUpAction } from "../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage() {
  if (await currentUser()) redirect("/mijn-scans");
  const t = await getTranslations("account");
  return (
    <div className={styles.narrow}>
      <h1>{t("signUpTitle")}</h1>
      <p className="muted">{t("signUpLead")}</p>
      <div className="card">
        <FieldsForm
          action={signUpAction}
          submitLabel={t("signUpButton")}
          fields={[
            { name: "name", label: t("name"), type: "text", autoComplete: "name" },
            { name: "email", label: t("email"), type: "email", autoComplete: "email" },
            {
              name: "password",
              label: t("password"),
              type: "password",
              autoComplete: "new-password",
              hint: t("passwordHint"),
            },
          ]}
        />
      </div>
      <p className={styles.switch}>
        {t("haveAccount")} <Link href="/inloggen">{t("signInLink")}</Link>
      </p>
    </div>
  );
}
