import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { decisionSlide } from "@/components/actions/decision-slide";
import { findingGroups } from "@/components/actions/finding-groups";
import { reviewSlides } from "@/components/actions/review-slides";
import { managePaths } from "@/components/manage/paths";
import { WorkshopSlides } from "@/components/results/workshop-slides";
import { buildSlides } from "@/lib/export/slides/build-slides";
import { createActionAction } from "../../../agreed-actions";
import { loadResults, type RoundParams } from "../resultaten/load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("workshop"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/**
 * The workshop: the slides the PowerPoint export holds too, in the language
 * chosen on screen; from round 2 on it opens with the review of the previous
 * round's actions, and it ends with a slide to record decisions live.
 */
export default async function WorkshopPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, scan, actions, review } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const tActions = await getTranslations("actions");
  const slides = buildSlides(diagnosis, scan.name, locale);
  const opening = review ? await reviewSlides(review, scan.round) : [];
  const closing = [
    await decisionSlide({
      actions,
      token,
      round: scan.round,
      partners: diagnosis.partners.map((partner) => ({ id: partner.id, name: partner.name })),
      findings: findingGroups(diagnosis, locale, (kind) => tActions(`findingKinds.${kind}`), null),
      create: createActionAction,
    }),
  ];
  const total = slides.length + opening.length + closing.length;

  return (
    <WorkshopSlides
      slides={slides}
      opening={opening}
      closing={closing}
      exitHref={managePaths(token).results(scan.round)}
      labels={{
        next: t("workshopNext"),
        previous: t("workshopPrevious"),
        exit: t("workshopExit"),
        slideOf: Array.from({ length: total }, (_, index) => t("workshopSlide", { current: index + 1, total })),
        hint: t("workshopHint"),
        region: t("workshop"),
      }}
    />
  );
}
