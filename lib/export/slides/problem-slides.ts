import { findProblem } from "../../../content";
import type { ExportContext } from "../context";
import { evidenceLine } from "../evidence-line";
import { chunkForSlides, partTitle } from "./chunk";
import type { Slide } from "./slide";

/** Evidence lines per problem on a slide: the strongest, enough to say why without crowding. */
const EVIDENCE_PER_PROBLEM = 2;

/** The collaboration problems the diagnosis signals, each with how sure it is, its main evidence and a first step. */
export function problemSlides(context: ExportContext): Slide[] {
  const { diagnosis, locale, t } = context;
  const items = diagnosis.problems.flatMap((result) => {
    const problem = findProblem(result.id);
    if (!problem) return [];
    const firstStep = problem.interventions[0];
    return [
      {
        name: problem.name[locale],
        strength: t(`results.confidence.${result.confidence}`),
        evidence: result.evidence.slice(0, EVIDENCE_PER_PROBLEM).map((evidence) => evidenceLine(evidence, locale)),
        firstStep: firstStep ? t("slides.firstStep", { step: firstStep.title[locale] }) : null,
      },
    ];
  });
  if (items.length === 0) {
    return [{ kind: "problems", title: t("slides.problemsTitle"), lead: t("results.noProblems"), items: [] }];
  }
  const size = (item: (typeof items)[number]) =>
    item.name.length + item.evidence.join("").length + (item.firstStep?.length ?? 0);
  const chunks = chunkForSlides(items, size, 3, 1100);
  return chunks.map((chunk, index) => ({
    kind: "problems",
    title: partTitle(t("slides.problemsTitle"), index, chunks.length, (values) => t("slides.part", values)),
    lead: t("slides.problemsLead"),
    items: chunk,
  }));
}
