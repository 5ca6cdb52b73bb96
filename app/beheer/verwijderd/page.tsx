import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function DeletedPage() {
  const t = await getTranslations("manage");
  const tErrors = await getTranslations("errors");
  return (
    <section className="card">
      <h1>{t("deletedTitle")}</h1>
      <p>{t("deletedText")}</p>
      <Link href="/" className="button button-secondary">
        {tErrors("backHome")}
      </Link>
    </section>
  );
}
