import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ManagementPage } from "../../management-page";
import { type RoundParams, roundFrom } from "./resultaten/load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage");
  return { title: t("label"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The management page of one round. */
export default async function RoundPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  return <ManagementPage token={token} round={roundFrom(ronde)} isNew={false} />;
}
