import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DemoButton } from "@/components/demo-button";
import { isDemoOffered } from "@/lib/server/demo/open-demo";
import { openDemoAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("demo");
  return { title: t("title") };
}

/** Where the start script's demo link leads: what the demo is, and a button that opens a copy of one's own. */
export default async function DemoPage() {
  if (!isDemoOffered()) notFound();
  const t = await getTranslations("demo");
  return (
    <section className="card" aria-labelledby="demo-title">
      <h1 id="demo-title">{t("title")}</h1>
      <p>{t("lead")}</p>
      <p className="muted">{t("copy")}</p>
      <DemoButton action={openDemoAction} label={t("open")} />
    </section>
  );
}
