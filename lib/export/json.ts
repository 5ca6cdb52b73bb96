import type { Locale } from "../../content";
import type { Diagnosis } from "../scoring/types";
import { codebookTable } from "./codebook-table";
import type { PublishedComments } from "./comments-table";
import type { ExportTranslator } from "./translator";

/**
 * The results as JSON, for re-analysis: the diagnosis the results pages show,
 * the published comments, a codebook with every item's text and an
 * explanation of the fields in the reader's language. Database ids mean
 * nothing outside this installation: partners appear as partner-1, partner-2, …
 */
export function toJson(
  results: { scanName: string; diagnosis: Diagnosis; comments: PublishedComments },
  locale: Locale,
  t: ExportTranslator,
  exportedAt: Date,
): string {
  const { scanName, diagnosis, comments } = results;
  const codebook = codebookTable(diagnosis.scan.variant, diagnosis.instrument.version, locale, t).rows.map((row) => ({
    id: row.itemId,
    kind: row.kind,
    section: row.section,
    text: row.text,
    scale: row.scale,
    favourableWhen: row.favourable || null,
  }));
  const json = JSON.stringify(
    {
      about: (["1", "2", "3", "4"] as const).map((key) => t(`export.jsonAbout.${key}`)),
      exportedAt: exportedAt.toISOString(),
      language: locale,
      scan: { name: scanName },
      diagnosis,
      comments,
      codebook,
    },
    null,
    2,
  );
  const sequenced = diagnosis.partners.reduce(
    (text, partner, index) => text.replaceAll(`"${partner.id}"`, `"partner-${index + 1}"`),
    json,
  );
  return `${sequenced}\n`;
}
