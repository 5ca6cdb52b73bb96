import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { isLinkUsable } from "@/lib/server/auth/link-token";
import { setNewPasswordAction } from "../../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  // The link is a secret: no search engine, no referrer.
  return { title: t("resetTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Says at once when a link was used or has expired, rather than after a new password was typed. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account");
  const isUsable = await isLinkUsable("resetPassword", token);
  return (
    <div className={styles.narrow}>
      <h1>{t("resetTitle")}</h1>
      {isUsable ? (
        <>
          <p className="muted">{t("resetLead")}</p>
          <div className="card">
            <FieldsForm
              action={setNewPasswordAction}
              submitLabel={t("resetButton")}
              hidden={{ token }}
              fields={[
                {
                  name: "password",
                  label: t("newPassword"),
                  type: "password",
                  autoComplete: "new-password",
                  hint: t("passwordHint"),
                },
              ]}
            />
          </div>
        </>
      ) : (
        <div className="card">
          <p>{t("resetUnusable")}</p>
          <p>
            <Link href="/wachtwoord-vergeten">{t("resetAskNew")}</Link>
          </p>
        </div>
      )}
    </div>
  );
}
