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

export const ZScanName = z.string().trim().min(1, "required").max(120, "tooLong");
export const ZDescription = z.string().trim().max(2000, "tooLong");
export const ZPartnerName = z.string().trim().min(1, "required").max(100, "tooLong");

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
    anonymityThreshold: z.number().int().min(2, "thresholdRange").max(10, "thresholdRange").default(3),
    closesOn: ZClosingDate.prefault(""),
    showResultsToRespondents: z.boolean().default(true),
    partners: ZPartnerNames,
  })
  .strict();

export type ScanFields = z.infer<typeof ZScanFields>;
