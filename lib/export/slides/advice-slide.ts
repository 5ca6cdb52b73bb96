import type { ExportContext } from "../context";
import type { Slide } from "./slide";

/** The top three to work on, with the diagnosis' reasoning for each. */
export function adviceSlide({ diagnosis, locale, t }: ExportContext): Slide[] {
  if (diagnosis.advice.length === 0) return [];
  return [
    {
      kind: "advice",
      title: t("results.adviceTitle"),
      items: diagnosis.advice.map((advice) => ({ title: advice.title[locale], text: advice.reasoning[locale] })),
    },
  ];
}
