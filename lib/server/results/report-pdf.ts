import "server-only";
import type { Locale } from "../../../content";
import { renderReport } from "../../export/pdf/render";
import { diagnose } from "../../scoring";
import { findRoundForManager, type RoundChoice } from "../collaboration/access";
import { type ExportFile, fileSlug } from "./export-scan";
import { loadReleasedInput } from "./load-released-input";

/** The board report in the reader's language, from the same results and published comments the pages show. */
export async function exportReport(
  managementToken: string,
  locale: Locale,
  advisor: string | null,
  round: RoundChoice = "latest",
): Promise<ExportFile> {
  const { scan } = await findRoundForManager(managementToken, round);
  const name = scan.collaboration.name;
  const body = await renderReport(diagnose(await loadReleasedInput(scan)), name, locale, advisor);
  return { body, contentType: "application/pdf", filename: `${fileSlug(name)}.pdf` };
}
