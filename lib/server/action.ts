import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { DomainError, type ErrorMessageKey, type FieldMessageKey, isFieldMessageKey } from "./errors";
import { log } from "./log";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorMessageKey | "unexpected"; error: string; fieldErrors?: Record<string, string[]> };

/** Translates the keys of `errors.*` in the message files. */
export type ErrorTranslator = (key: ErrorMessageKey | "unexpected" | `field.${FieldMessageKey}`) => string;
/** A translator loaded only when there is an error to report: most requests succeed and need none. */
export type LazyErrorTranslator = { load: () => Promise<ErrorTranslator> };

/**
 * Parses raw input with the schema, runs the handler and turns expected
 * errors into a message in the user's language; unexpected errors are logged
 * (by name only) and reported generically. Access checks belong to the
 * handler, through its use case, never to routing.
 */
export async function runAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  handler: (input: z.infer<Schema>) => Promise<T>,
  raw: unknown,
  translator: ErrorTranslator | LazyErrorTranslator,
): Promise<ActionResult<T>> {
  const translate = async () => ("load" in translator ? await translator.load() : translator);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const t = await translate();
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "_";
      const message = isFieldMessageKey(issue.message) ? t(`field.${issue.message}`) : t("invalidInput");
      fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
    }
    return { ok: false, code: "invalidInput", error: t("invalidInput"), fieldErrors };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    const t = await translate();
    if (error instanceof DomainError) return { ok: false, code: error.messageKey, error: t(error.messageKey) };
    log("error", "action.failed", { action: name, error: error instanceof Error ? error.name : "unknown" });
    return { ok: false, code: "unexpected", error: t("unexpected") };
  }
}

async function serverErrorTranslator(): Promise<ErrorTranslator> {
  const t = await getTranslations("errors");
  return (key) => t(key);
}

/** The user's error messages, loaded (with their language) only when an error needs one. */
export const lazyServerErrorTranslator: LazyErrorTranslator = { load: serverErrorTranslator };

/** A server action: every one is a public endpoint, so every one goes through `runAction`. */
export function createAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  handler: (input: z.infer<Schema>) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => runAction(name, schema, handler, raw, lazyServerErrorTranslator);
}
