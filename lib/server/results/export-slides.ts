import "server-only";
import type { Locale } from "../../../content";
import { renderPptx } from "../../export/pptx/render-pptx";
import { buildSlides } from "../../export/slides/build-slides";
import type { RoundChoice } from "../collaboration/access";
import { type ExportFile, fileSlug } from "./export-scan";
import { getResults } from "./get-results";

/**
 * The workshop's slides as PowerPoint, in the reader's language: built from
 * the same results as the workshop mode (lib/export/slides), so they hold the
 * same figures and nothing the disclosure plan does not publish.
 */
export async function exportSlides(
  managementToken: string,
  locale: Locale,
  presenter: string | null,
  round: RoundChoice = "latest",
): Promise<ExportFile> {
  const { scan, diagnosis } = await getResults(managementToken, round);
  const body = await renderPptx(buildSlides(diagnosis, scan.name, locale), { title: scan.name, author: presenter });
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    filename: `${fileSlug(scan.name)}.pptx`,
  };
}
