import "server-only";
import type { Locale } from "../../../content";
import { renderPptx } from "../../export/pptx/render-pptx";
import { buildDeck } from "../../export/slides/build-deck";
import type { RoundChoice } from "../collaboration/access";
import { type ExportFile, fileSlug } from "./export-scan";
import { getResults } from "./get-results";

/**
 * The workshop's slides as PowerPoint, in the reader's language: built from
 * the same results as the workshop mode (lib/export/slides), so they hold the
 * same figures and nothing the disclosure plan does not publish; as in the
 * workshop, a round from 2 on opens with the review of the previous round's
 * actions, and the last slide holds the decisions of this round.
 */
export async function exportSlides(
  managementToken: string,
  locale: Locale,
  presenter: string | null,
  round: RoundChoice = "latest",
): Promise<ExportFile> {
  const { scan, diagnosis, review, actions } = await getResults(managementToken, round);
  const slides = buildDeck(diagnosis, scan.name, locale, { round: scan.round, review, actions });
  const body = await renderPptx(slides, { title: scan.name, author: presenter });
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    filename: `${fileSlug(scan.name)}.pptx`,
  };
}
