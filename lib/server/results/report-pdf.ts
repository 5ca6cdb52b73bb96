import "server-only";
import type { Locale } from "../../../content";
import { renderReport } from "../../export/pdf/render";
import type { RoundChoice } from "../collaboration/access";
import { type ExportFile, fileSlug } from "./export-scan";
import { getResults } from "./get-results";

/**
 * The board report of one round in the reader's language, from the same
 * results and published comments the pages show (the disclosure plan
 * decides both), with the change since the previous round, the review of
 * its actions and this round's actions.
 */
export async function exportReport(
  managementToken: string,
  locale: Locale,
  advisor: string | null,
  round: RoundChoice = "latest",
): Promise<ExportFile> {
  const { scan, diagnosis, comments, change, review, actions } = await getResults(managementToken, round);
  const body = await renderReport(
    { diagnosis, comments, scanName: scan.name, rounds: { round: scan.round, change, review, actions } },
    locale,
    advisor,
  );
  return { body, contentType: "application/pdf", filename: `${fileSlug(scan.name)}.pdf` };
}
