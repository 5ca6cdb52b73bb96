import "server-only";
import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { Locale } from "../../../content";
import { Report } from "../../export/pdf/report";
import type { Diagnosis } from "../../scoring";
import { diagnose } from "../../scoring";
import { findScanForManager } from "../scan/access";
import { type ExportFile, exportTranslator, fileSlug } from "./export-scan";
import { loadScanInput } from "./load-scan-input";

/** Renders the board report for a diagnosis, in-process, without a browser. */
export async function renderReport(
  diagnosis: Diagnosis,
  scanName: string,
  locale: Locale,
  advisor: string | null,
): Promise<Buffer> {
  const t = exportTranslator(locale);
  const date = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" }).format(new Date());
  const translate = (key: string, values?: Record<string, string | number>) => t(key as "report.title", values);
  const document = createElement(Report, {
    diagnosis,
    scanName,
    locale,
    date,
    advisor,
    t: translate,
    signalText: (key, values) => t(`signals.${key}`, values),
  });
  // renderToBuffer expects a <Document> element; Report renders one.
  return renderToBuffer(document as Parameters<typeof renderToBuffer>[0]);
}

export async function exportReport(managementToken: string, advisor: string | null): Promise<ExportFile> {
  const scan = await findScanForManager(managementToken);
  const locale = scan.locale as Locale;
  const body = await renderReport(diagnose(await loadScanInput(scan)), scan.name, locale, advisor);
  return { body, contentType: "application/pdf", filename: `${fileSlug(scan.name)}.pdf` };
}
