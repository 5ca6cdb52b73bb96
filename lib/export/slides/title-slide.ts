import type { ExportContext } from "../context";
import { lensName } from "../labels";
import type { Slide } from "./slide";

/** The opening slide: the collaboration's name, the basis, and the five lens scores. */
export function titleSlide(scanName: string, { diagnosis, locale, t, format }: ExportContext): Slide {
  return {
    kind: "title",
    title: scanName,
    subtitle: `${t("results.workshopIntro")} · ${t("results.basis", { count: diagnosis.respondentCount })}`,
    bars: diagnosis.lenses.map((lens) => ({
      label: lensName(lens.id, locale),
      value: lens.score,
      display: lens.score === null ? t("results.noData") : format(lens.score),
      colourIndex: null,
    })),
    scaleNote: t("slides.lensScale"),
  };
}
