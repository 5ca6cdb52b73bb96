import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "../../../content";
import { toCsv } from "../../export/csv";
import { codebook, type ExportLabels, exportRows } from "../../export/export-data";
import { toXlsx } from "../../export/xlsx";
import en from "../../i18n/messages/en.json";
import nl from "../../i18n/messages/nl.json";
import { reportableInput } from "../../scoring";
import type { ScanInput } from "../../scoring/input";
import { findScanForManager } from "../scan/access";
import { loadScanInput } from "./load-scan-input";

/**
 * The data exports of a scan, in the scan's language, built from the same
 * reportable input as the diagnosis. Each returns the file's bytes, type and
 * name.
 */
export type ExportFile = { body: string | Buffer; contentType: string; filename: string };

export function exportTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "nl" ? nl : en });
}

function labels(locale: Locale): ExportLabels {
  const t = exportTranslator(locale);
  return {
    otherPartners: t("export.otherPartners"),
    roleUnknown: t("export.roleUnknown"),
    kinds: {
      statement: t("export.kinds.statement"),
      "paradox-position": t("export.kinds.paradox-position"),
      "paradox-openness": t("export.kinds.paradox-openness"),
      choice: t("export.kinds.choice"),
      importance: t("export.kinds.importance"),
    },
    scales: {
      statement: t("export.scales.statement"),
      "paradox-position": t("export.scales.paradox-position"),
      "paradox-openness": t("export.scales.paradox-openness"),
      choice: t("export.scales.choice"),
      importance: t("export.scales.importance"),
    },
    current: t("export.current"),
    desired: t("export.desired"),
    openness: t("export.openness"),
    yes: t("export.yes"),
    no: t("export.no"),
  };
}

export function fileSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return slug || "samenwerkingsscan";
}

/** Database ids mean nothing outside this installation: partners and respondents get plain sequence ids. */
function withSequenceIds(input: ScanInput): ScanInput {
  const partnerIds = new Map(input.partners.map((partner, index) => [partner.id, `partner-${index + 1}`]));
  return {
    ...input,
    partners: input.partners.map((partner) => ({ ...partner, id: partnerIds.get(partner.id) ?? partner.id })),
    respondents: input.respondents.map((respondent, index) => ({
      ...respondent,
      id: `respondent-${index + 1}`,
      partnerId: respondent.partnerId === null ? null : (partnerIds.get(respondent.partnerId) ?? null),
    })),
  };
}

async function loadExportInput(managementToken: string): Promise<{ input: ScanInput; locale: Locale; name: string }> {
  const scan = await findScanForManager(managementToken);
  const input = withSequenceIds(reportableInput(await loadScanInput(scan)).input);
  return { input, locale: scan.locale, name: scan.name };
}

export async function exportData(managementToken: string, format: "csv" | "xlsx" | "json"): Promise<ExportFile> {
  const { input, locale, name } = await loadExportInput(managementToken);
  const slug = fileSlug(name);
  if (format === "json") {
    return {
      body: `${JSON.stringify(input, null, 2)}\n`,
      contentType: "application/json; charset=utf-8",
      filename: `${slug}.json`,
    };
  }
  const rows = exportRows(input, locale, labels(locale));
  if (format === "csv") return { body: toCsv(rows), contentType: "text/csv; charset=utf-8", filename: `${slug}.csv` };
  const t = exportTranslator(locale);
  const date = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" }).format(new Date());
  const body = await toXlsx(rows, codebook(input, locale, labels(locale)), {
    answersSheet: t("export.answersSheet"),
    codebookSheet: t("export.codebookSheet"),
    aboutSheet: t("export.aboutSheet"),
    columns: {
      respondent: t("export.columns.respondent"),
      partner: t("export.columns.partner"),
      role: t("export.columns.role"),
      itemId: t("export.columns.itemId"),
      itemText: t("export.columns.itemText"),
      value: t("export.columns.value"),
    },
    codebookColumns: {
      itemId: t("export.codebookColumns.itemId"),
      kind: t("export.codebookColumns.kind"),
      group: t("export.codebookColumns.group"),
      text: t("export.codebookColumns.text"),
      scale: t("export.codebookColumns.scale"),
      reversed: t("export.codebookColumns.reversed"),
    },
    about: (["1", "2", "3", "4", "5"] as const).map((index) =>
      t(`export.about.${index}`, { scan: name, date, threshold: input.scan.anonymityThreshold }),
    ),
  });
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `${slug}.xlsx`,
  };
}
