import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "@/components/account/account.module.css";
import { FieldsForm } from "@/components/account/fields-form";
import { confirmEmailAction } from "../../account-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  // The link is a secret: no search engine, no referrer.
  return { title: t("confirmTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** Confirms on a press, not on opening: the page does nothing for a mail scanner that opens every link. */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("account");
  return (
    <div className={styles.narrow}>
      <h1>{t("confirmTitle")}</h1>
      <div className="card">
        <p>{t("confirmLead")}</p>
        <FieldsForm action={confirmEmailAction} submitLabel={t("confirmButton")} fields={[]} hidden={{ token }} />
        <p>
          <Link href="/mijn-scans">{t("myScansTitle")}</Link>
        </p>
      </div>
    </div>
  );
}
