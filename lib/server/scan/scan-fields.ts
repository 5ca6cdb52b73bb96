import { z } from "zod";
import { contextQuestions, ZForm, ZLocale, ZPhase, ZVariant } from "../../../content";

/**
 * Fields of a scan as a manager enters them. Messages are keys of
 * `errors.field.*`, so the form shows them in the user's language.
 */
export const MIN_PARTNERS = 2;
export const MAX_PARTNERS = 20;

const collaborationTypeCodes =
  contextQuestions
    .find((question) => question.id === "context.collaboration-type")
    ?.options.map((option) => option.code) ?? [];

/** C0 and C1 control characters and DEL, but those in `allowed`: invisible, and a NUL cuts the text off wherever it is shown. */
export function hasControlCharacter(text: string, allowed = ""): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if ((code < 0x20 || (code >= 0x7f && code <= 0x9f)) && !allowed.includes(character)) return true;
  }
  return false;
}

/**
 * Text a person types: trimmed, within `max` characters, and free of control
 * characters. A multi-line field (descriptions, comments) keeps its line
 * breaks and tabs; a form sends a line break as CR LF, which is read as one
 * line break. Names and labels are single lines, with no control character
 * at all.
 */
export function typedText(options: { max: number; isRequired?: boolean; isMultiline?: boolean }) {
  const allowed = options.isMultiline ? "\n\t" : "";
  return z
    .string()
    .transform((value) => (options.isMultiline ? value.replace(/\r\n?/g, "\n") : value))
    .pipe(
      z
        .string()
        .trim()
        .min(options.isRequired ? 1 : 0, "required")
        .max(options.max, "tooLong")
        .refine((value) => !hasControlCharacter(value, allowed), "controlCharacters"),
    );
}

export const ZScanName = typedText({ max: 120, isRequired: true });
export const ZDescription = typedText({ max: 2000, isMultiline: true });
export const ZPartnerName = typedText({ max: 100, isRequired: true });
/** The name a manager gives a personal link, such as the person it is for. */
export const ZPersonalLinkLabel = typedText({ max: 100, isRequired: true });

/** A closing date as entered in a date field (YYYY-MM-DD); the scan closes at the end of that day. */
export const ZClosingDate = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === "") return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(`${value}T23:59:59.999Z`) : new Date(Number.NaN);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      context.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    if (date.getTime() < Date.now()) {
      context.addIssue({ code: "custom", message: "dateInPast" });
      return z.NEVER;
    }
    return date;
  });

/** A round of a collaboration, as forms and links name it: 1, 2, … */
export const ZRoundNumber = z.number().int().min(1).max(10_000);

export const ZPartnerNames = z
  .array(ZPartnerName)
  .min(MIN_PARTNERS, "partnersCount")
  .max(MAX_PARTNERS, "partnersCount")
  .refine(
    (names) => new Set(names.map((name) => name.toLocaleLowerCase("nl"))).size === names.length,
    "partnersUnique",
  );

export const ZScanFields = z
  .object({
    name: ZScanName,
    description: ZDescription.default(""),
    form: ZForm,
    phase: ZPhase,
    collaborationType: z
      .number()
      .int()
      .refine((code) => collaborationTypeCodes.includes(code))
      .nullable()
      .default(null),
    variant: ZVariant,
    locale: ZLocale,
    // At least 3: with 2, either of the two could work out the other's answers from the group's figure.
    anonymityThreshold: z.number().int().min(3, "thresholdRange").max(10, "thresholdRange").default(3),
    closesOn: ZClosingDate.prefault(""),
    showResultsToRespondents: z.boolean().default(true),
    partners: ZPartnerNames,
  })
  .strict();

export type ScanFields = z.infer<typeof ZScanFields>;
