import { z } from "zod";
import { instrument, ROLES, ZForm, ZPhase, ZRole, ZVariant } from "../../content";
import { findItem, INSTRUMENT_VERSIONS, isKnownVersion, isValidValue } from "../instrument/items";
import { REPORTING_MODES } from "./disclosure/types";

const ZAnswers = z.record(z.string().min(1).max(100), z.number().finite().nullable());

const ZRelease = z
  .object({
    index: z.number().int().positive(),
    reportedPartners: z.array(z.string().min(1).max(100)).max(100),
    pooledPartners: z.array(z.string().max(100)).max(101),
    roles: z.array(ZRole).max(ROLES.length),
  })
  .strict();

/**
 * The input of `diagnose`: one scan with its context and every submitted
 * respondent's answers. This is also the format of
 * `npm run diagnose -- FILE.json`. `releases` and each respondent's
 * `release` describe what earlier results showed (see
 * lib/scoring/disclosure); leave them out for a scan whose results nobody has
 * seen yet.
 */
export const ZScanInput = z
  .object({
    instrument: z
      .object({
        id: z.literal(instrument.id),
        version: z
          .number()
          .int()
          .refine(isKnownVersion, { message: `the instrument has versions ${INSTRUMENT_VERSIONS.join(", ")}` }),
      })
      .strict(),
    scan: z
      .object({
        name: z.string().max(200).default(""),
        form: ZForm.default("undecided"),
        phase: ZPhase.default("functioning"),
        variant: ZVariant,
        anonymityThreshold: z.number().int().min(1).max(50).default(3),
        reportingMode: z.enum(REPORTING_MODES).default("group"),
      })
      .strict(),
    partners: z.array(z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(200) }).strict()).max(100),
    respondents: z.array(
      z
        .object({
          id: z.string().min(1).max(100),
          partnerId: z.string().min(1).max(100).nullable(),
          role: ZRole.nullable(),
          /** The release that first showed this respondent's answers; absent or null: not shown yet. */
          release: z.number().int().positive().nullable().default(null),
          answers: ZAnswers,
        })
        .strict(),
    ),
    releases: z.array(ZRelease).max(1000).default([]),
  })
  .strict();

export type ScanInput = z.infer<typeof ZScanInput>;
export type ScanInputDraft = z.input<typeof ZScanInput>;

export type InputIssue = { path: string; message: string };
export type ParsedInput = { ok: true; input: ScanInput } | { ok: false; issues: InputIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text === "" ? String(part) : `${text}.${String(part)}`;
  }, "");
}

/**
 * Parses and checks input against the instrument: the structure with zod,
 * then references (partners exist, ids are unique) and every answer against
 * its item's scale. Each issue names the offending field.
 */
export function parseScanInput(raw: unknown): ParsedInput {
  const parsed = ZScanInput.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const input = parsed.data;
  const issues: InputIssue[] = [];
  const partnerIds = new Set<string>();
  input.partners.forEach((partner, index) => {
    if (partnerIds.has(partner.id)) issues.push({ path: `partners[${index}].id`, message: "duplicate partner id" });
    partnerIds.add(partner.id);
  });
  input.releases.forEach((release, index) => {
    if (release.index !== index + 1)
      issues.push({ path: `releases[${index}].index`, message: `expected release ${index + 1}` });
  });
  const respondentIds = new Set<string>();
  input.respondents.forEach((respondent, index) => {
    const path = `respondents[${index}]`;
    if (respondentIds.has(respondent.id)) issues.push({ path: `${path}.id`, message: "duplicate respondent id" });
    respondentIds.add(respondent.id);
    if (respondent.release !== null && respondent.release > input.releases.length) {
      issues.push({ path: `${path}.release`, message: `no release ${respondent.release} in releases` });
    }
    if (respondent.partnerId !== null && !partnerIds.has(respondent.partnerId)) {
      issues.push({ path: `${path}.partnerId`, message: `unknown partner "${respondent.partnerId}"` });
    }
    for (const [itemId, value] of Object.entries(respondent.answers)) {
      const item = findItem(input.scan.variant, itemId, input.instrument.version);
      if (!item)
        issues.push({
          path: `${path}.answers.${itemId}`,
          message: `not an item of the ${input.scan.variant} scan, version ${input.instrument.version}`,
        });
      else if (!isValidValue(item, value))
        issues.push({ path: `${path}.answers.${itemId}`, message: `value ${value} is outside the item's scale` });
    }
  });
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, 50) } : { ok: true, input };
}
