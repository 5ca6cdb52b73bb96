import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadQuestionnaire } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("thanks");
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function ThanksPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await loadQuestionnaire(token);
  if (!state.isSubmitted) redirect(`/r/${token}`);
  const t = await getTranslations("thanks");
  return (
    <section className="card" aria-labelledby="thanks-title">
      <h1 id="thanks-title">{t("title")}</h1>
      <p>{t("text")}</p>
      <p className="muted">{t("closeTab")}</p>
    </section>
  );
}
