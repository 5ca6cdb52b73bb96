import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("removal"))("title") };
}

export default async function AddressRemovedPage() {
  const t = await getTranslations("removal");
  return (
    <section className="card" aria-labelledby="removed-title">
      <h1 id="removed-title">{t("title")}</h1>
      <p role="status">{t("done")}</p>
      <p>
        <Link href="/privacy">{t("privacyLink")}</Link>
      </p>
    </section>
  );
}
