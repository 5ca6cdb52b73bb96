import "server-only";
import { renderReport } from "../../export/pdf/render";
import { diagnose } from "../../scoring";
import { findScanForManager } from "../scan/access";
import { type ExportFile, fileSlug } from "./export-scan";
import { loadReleasedInput } from "./load-released-input";

export async function exportReport(managementToken: string, advisor: string | null): Promise<ExportFile> {
  const scan = await findScanForManager(managementToken);
  const body = await renderReport(diagnose(await loadReleasedInput(scan)), scan.name, scan.locale, advisor);
  return { body, contentType: "application/pdf", filename: `${fileSlug(scan.name)}.pdf` };
}
