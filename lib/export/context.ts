import type { Locale } from "../../content";
import { formatSigned } from "../i18n/figures";
import { type GroupColumn, groupColumns } from "../scoring/group-columns";
import type { Diagnosis } from "../scoring/types";
import { type ExportTranslator, exportTranslator, localeTag } from "./translator";

/** What every export that writes sentences needs: the diagnosis, the reader's language, its messages and number formats. */
export type ExportContext = {
  diagnosis: Diagnosis;
  locale: Locale;
  t: ExportTranslator;
  /** A number with the language's decimal mark, e.g. "3,5" in Dutch. */
  format: (value: number, digits?: number) => string;
  /** A position on −3 … +3 with its sign, e.g. "−1,5". */
  position: (value: number) => string;
  /** The groups shown side by side: partners with figures of their own, then the other partners together. */
  columns: GroupColumn[];
};

export function exportContext(diagnosis: Diagnosis, locale: Locale): ExportContext {
  const t = exportTranslator(locale);
  const tag = localeTag(locale);
  return {
    diagnosis,
    locale,
    t,
    format: (value, digits = 0) =>
      new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value),
    // A typographic minus, as the screen writes it; Intl writes a hyphen.
    position: (value) => formatSigned(value, locale, 1),
    columns: groupColumns(diagnosis, t("export.groupNames.pool")),
  };
}
