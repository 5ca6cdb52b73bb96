import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ManagementPage } from "./management-page";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ nieuw?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage");
  return { title: t("label"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The collaboration's management link: its newest round. */
export default async function CollaborationPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { nieuw } = await searchParams;
  return <ManagementPage token={token} round="latest" isNew={nieuw !== undefined} />;
}
