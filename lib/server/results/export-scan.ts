import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "../../../content";
import { toCsv } from "../../export/csv";
import {
  codebookTable,
  commentRows,
  commentsTable,
  type ExportTexts,
  figuresTable,
  groupsTable,
} from "../../export/export-data";
import { toXlsx } from "../../export/xlsx";
import en from "../../i18n/messages/en.json";
import nl from "../../i18n/messages/nl.json";
import { getResults } from "./get-results";

/**
 * The data files of a scan, in the scan's language: the same figures and
 * comments the results pages show (see lib/export/export-data.ts), as CSV
 * (one long table), XLSX (notes, figures, groups, comments, codebook) or
 * JSON (the diagnosis itself). Each returns the file's bytes, type and name.
 */
export type ExportFile = { body: string | Buffer; contentType: string; filename: string };

export function exportTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "nl" ? nl : en });
}

function exportTexts(locale: Locale): ExportTexts {
  const t = exportTranslator(locale);
  return {
    sheets: {
      figures: t("export.sheets.figures"),
      groups: t("export.sheets.groups"),
      comments: t("export.sheets.comments"),
      codebook: t("export.sheets.codebook"),
      about: t("export.sheets.about"),
    },
    groupKinds: {
      overall: t("export.groupKinds.overall"),
      partner: t("export.groupKinds.partner"),
      pool: t("export.groupKinds.pool"),
      role: t("export.groupKinds.role"),
    },
    groupNames: { overall: t("export.groupNames.overall"), pool: t("export.groupNames.pool") },
    statuses: {
      shown: t("export.statuses.shown"),
      pooled: t("export.statuses.pooled"),
      "held-back": t("export.statuses.held-back"),
      "no-response": t("export.statuses.no-response"),
    },
    kinds: {
      statement: t("export.kinds.statement"),
      lens: t("export.kinds.lens"),
      "paradox-current": t("export.kinds.paradox-current"),
      "paradox-desired": t("export.kinds.paradox-desired"),
      "paradox-openness": t("export.kinds.paradox-openness"),
      comment: t("export.kinds.comment"),
    },
    itemKinds: {
      statement: t("export.itemKinds.statement"),
      "paradox-position": t("export.itemKinds.paradox-position"),
      "paradox-openness": t("export.itemKinds.paradox-openness"),
      choice: t("export.itemKinds.choice"),
      importance: t("export.itemKinds.importance"),
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
    columns: {
      groupKind: t("export.columns.groupKind"),
      group: t("export.columns.group"),
      respondents: t("export.columns.respondents"),
      kind: t("export.columns.kind"),
      itemId: t("export.columns.itemId"),
      lens: t("export.columns.lens"),
      text: t("export.columns.text"),
      reversed: t("export.columns.reversed"),
      favourable: t("export.columns.favourable"),
      mean: t("export.columns.mean"),
      position: t("export.columns.position"),
      answers: t("export.columns.answers"),
      dontKnow: t("export.columns.dontKnow"),
      distribution: (value) => t("export.columns.distribution", { value }),
      status: t("export.columns.status"),
      submitted: t("export.columns.submitted"),
      scale: t("export.columns.scale"),
    },
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

/** Database ids mean nothing outside this installation: partners appear as partner-1, partner-2, … */
function withSequenceIds(json: string, partnerIds: readonly string[]): string {
  return partnerIds.reduce((text, id, index) => text.replaceAll(`"${id}"`, `"partner-${index + 1}"`), json);
}

export async function exportData(managementToken: string, format: "csv" | "xlsx" | "json"): Promise<ExportFile> {
  const { scan, diagnosis, comments } = await getResults(managementToken);
  const { locale, name } = scan;
  const slug = fileSlug(name);
  if (format === "json") {
    const json = JSON.stringify(
      { exportedAt: new Date().toISOString(), scan: { name, locale }, diagnosis, comments },
      null,
      2,
    );
    return {
      body: `${withSequenceIds(
        json,
        diagnosis.partners.map((partner) => partner.id),
      )}\n`,
      contentType: "application/json; charset=utf-8",
      filename: `${slug}.json`,
    };
  }
  const texts = exportTexts(locale);
  const figures = figuresTable(diagnosis, locale, texts);
  const commentTable = commentsTable(comments, locale, texts);
  if (format === "csv") {
    const csv = toCsv({ ...figures, rows: [...figures.rows, ...commentRows(figures, commentTable, texts)] });
    return { body: csv, contentType: "text/csv; charset=utf-8", filename: `${slug}.csv` };
  }
  const t = exportTranslator(locale);
  const date = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long" }).format(new Date());
  const body = await toXlsx(
    [
      figures,
      groupsTable(diagnosis, locale, texts),
      commentTable,
      codebookTable(diagnosis.scan.variant, locale, texts),
    ],
    {
      title: texts.sheets.about,
      lines: (["1", "2", "3", "4", "5"] as const).map((index) =>
        t(`export.about.${index}`, { scan: name, date, threshold: diagnosis.threshold }),
      ),
    },
  );
  return {
    body,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    filename: `${slug}.xlsx`,
  };
}
