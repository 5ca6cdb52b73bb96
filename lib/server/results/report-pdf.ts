import "server-only";
import type { Locale } from "../../../content";
import { renderReport } from "../../export/pdf/render";
import { diagnose } from "../../scoring";
import { findScanForManager } from "../scan/access";
import { type ExportFile, fileSlug } from "./export-scan";
import { loadReleasedInput } from "./load-released-input";

/** The board report in the reader's language, from the same results and published comments the pages show. */
export async function exportReport(
  managementToken: string,
  locale: Locale,
  advisor: string | null,
): Promise<ExportFile> {
  const scan = await findScanForManager(managementToken);
  const body = await renderReport(diagnose(await loadReleasedInput(scan)), scan.name, locale, advisor);
  return { body, contentType: "application/pdf", filename: `${fileSlug(scan.name)}.pdf` };
}
