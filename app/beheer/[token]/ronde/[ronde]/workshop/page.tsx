import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { managePaths } from "@/components/manage/paths";
import { WorkshopSlides } from "@/components/results/workshop-slides";
import { buildSlides } from "@/lib/export/slides/build-slides";
import { loadResults, type RoundParams } from "../resultaten/load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("workshop"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The workshop: the slides the PowerPoint export holds too, in the language chosen on screen. */
export default async function WorkshopPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, scan } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const slides = buildSlides(diagnosis, scan.name, locale);

  return (
    <WorkshopSlides
      slides={slides}
      exitHref={managePaths(token).results(scan.round)}
      labels={{
        next: t("workshopNext"),
        previous: t("workshopPrevious"),
        exit: t("workshopExit"),
        slideOf: slides.map((_, index) => t("workshopSlide", { current: index + 1, total: slides.length })),
        hint: t("workshopHint"),
        region: t("workshop"),
      }}
    />
  );
}
