import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { type Slide, WorkshopSlides } from "@/components/results/workshop-slides";
import { findLens, findParadox, findStatement } from "@/content";
import { groupColumns } from "@/lib/scoring/group-columns";
import { loadResults } from "../resultaten/load";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("results");
  return { title: t("workshop"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function WorkshopPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { diagnosis, scan } = await loadResults(token);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const format = await getFormatter();
  const shown = (value: number | null) => (value === null ? t("noData") : format.number(value));
  const columns = groupColumns(diagnosis, t("pool"));

  const slides: Slide[] = [
    {
      title: scan.name,
      subtitle: `${t("workshopIntro")} · ${t("basis", { count: diagnosis.respondentCount })}`,
      bars: diagnosis.lenses.map((lens) => ({
        label: findLens(lens.id)?.name[locale] ?? lens.id,
        value: lens.score,
        display: shown(lens.score),
      })),
    },
    ...diagnosis.lenses.map((lens): Slide => {
      const content = findLens(lens.id);
      const contested = diagnosis.contested.find((entry) => entry.lensId === lens.id);
      return {
        title: content?.name[locale] ?? lens.id,
        subtitle: content?.leadingQuestion[locale],
        score:
          lens.score === null
            ? t("band.insufficient")
            : `${t("score", { score: lens.score })} · ${t(`band.${lens.band ?? "insufficient"}`)}`,
        bars: [
          { label: t("overall"), value: lens.score, display: shown(lens.score) },
          ...columns.map((column) => ({
            label: column.name,
            value: column.lenses[lens.id],
            display: shown(column.lenses[lens.id]),
          })),
        ],
        bullets: [
          ...(lens.consensus ? [t(`consensus.${lens.consensus}`)] : []),
          ...(contested ? [`${t("contested")}: ${findStatement(contested.statementId)?.text[locale] ?? ""}`] : []),
        ],
      };
    }),
    {
      title: t("tabs.paradoxes"),
      bullets: diagnosis.paradoxes
        .filter((paradox) => paradox.isOneSided || paradox.isContested)
        .map((result) => {
          const paradox = findParadox(result.id);
          const flags = [result.isOneSided ? t("oneSided") : null, result.isContested ? t("contested") : null].filter(
            Boolean,
          );
          return `${paradox?.poleA.name[locale]} – ${paradox?.poleB.name[locale]} (${flags.join(", ")})`;
        }),
    },
    { title: t("workshopEnd"), bullets: diagnosis.agenda.map((item) => item.question[locale]) },
  ];

  return (
    <WorkshopSlides
      slides={slides}
      exitHref={`/beheer/${token}/resultaten`}
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
