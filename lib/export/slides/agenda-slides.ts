import type { ExportContext } from "../context";
import { chunkForSlides, partTitle } from "./chunk";
import type { Slide } from "./slide";

/** The dialogue agenda, numbered throughout, over as many slides as it takes to stay readable. */
export function agendaSlides({ diagnosis, locale, t }: ExportContext): Slide[] {
  const questions = diagnosis.agenda.map((item) => item.question[locale]);
  if (questions.length === 0) {
    return [{ kind: "agenda", title: t("results.workshopEnd"), start: 1, items: [t("results.agendaEmpty")] }];
  }
  const chunks = chunkForSlides(questions, (question) => question.length, 4, 900);
  let start = 1;
  return chunks.map((chunk, index) => {
    const slide: Slide = {
      kind: "agenda",
      title: partTitle(t("results.workshopEnd"), index, chunks.length, (values) => t("slides.part", values)),
      start,
      items: chunk,
    };
    start += chunk.length;
    return slide;
  });
}
