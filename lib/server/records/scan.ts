import type { Collaboration, Scan } from "@prisma/client";
import { z } from "zod";
import { type Form, type Locale, type Phase, type Variant, ZForm, ZLocale, ZPhase, ZVariant } from "../../../content";
import { isKnownVersion } from "../../instrument/items";
import { REPORTING_MODES, type ReportingMode } from "../../scoring/disclosure/types";
import { type CollaborationRecord, toCollaborationRecord } from "./collaboration";

/**
 * The columns SQLite stores as plain text but the domain knows as closed sets.
 * Parsed, not cast: a value the content does not know fails here, loudly,
 * instead of flowing into scoring as if it were valid.
 */
const ZScanColumns = z.object({
  form: ZForm,
  phase: ZPhase,
  variant: ZVariant,
  locale: ZLocale,
  reportingMode: z.enum(REPORTING_MODES),
  /** A scan keeps the instrument version it started with; a version this code does not know is an error. */
  instrumentVersion: z.number().int().refine(isKnownVersion),
});

/**
 * A scan is one round of a collaboration: a row with its text columns read as
 * the content's types, and the collaboration it belongs to (its name and
 * description are the collaboration's).
 */
export type ScanRecord = Omit<Scan, "form" | "phase" | "variant" | "locale" | "reportingMode"> & {
  form: Form;
  phase: Phase;
  variant: Variant;
  locale: Locale;
  reportingMode: ReportingMode;
  collaboration: CollaborationRecord;
};

export function toScanRecord(row: Scan & { collaboration: Collaboration }): ScanRecord {
  const { collaboration, ...scan } = row;
  return { ...scan, ...ZScanColumns.parse(scan), collaboration: toCollaborationRecord(collaboration) };
}

/** For queries that select only the variant, such as saving answers (the most frequent request). */
export function toScanVariant(row: Pick<Scan, "variant">): Variant {
  return ZScanColumns.shape.variant.parse(row.variant);
}
