import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { errorLogFields } from "./error-log-fields";
import { DomainError, EntriesError, type ErrorMessageKey, type FieldMessageKey, isFieldMessageKey } from "./errors";
import { type LogFields, log } from "./log";
import { enforceRateLimit, type RateLimitPolicy } from "./rate-limit";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorMessageKey | "unexpected"; error: string; fieldErrors?: Record<string, string[]> };

/** Translates the keys of `errors.*` in the message files. */
export type ErrorTranslator = (key: ErrorMessageKey | "unexpected" | `field.${FieldMessageKey}`) => string;
/** A translator loaded only when there is an error to report: most requests succeed and need none. */
export type LazyErrorTranslator = { load: () => Promise<ErrorTranslator> };

/** One public entry point: what it accepts, what it runs, and how often a caller may run it. */
export type ActionDefinition<Schema extends z.ZodType, T> = {
  /** The use case, as the logs name it. */
  name: string;
  schema: Schema;
  handler: (input: z.infer<Schema>) => Promise<T>;
  /**
   * Counted once the input parses, before the handler runs, so malformed
   * requests cost the caller nothing. Required, so no entry point goes
   * without one by oversight; null only where tests call a use case directly.
   */
  rateLimit: RateLimitPolicy<z.infer<Schema>> | null;
  /** Fields of the input that tell failures apart in the log, such as an export's format; never tokens or answers. */
  logFields?: (input: z.infer<Schema>) => LogFields;
};

/**
 * Parses raw input with the schema, applies the rate limit, runs the handler
 * and turns expected errors into a message in the user's language;
 * unexpected errors are logged (by use case, error class and database code
 * only) and reported generically. Access checks belong to the handler,
 * through its use case, never to routing.
 */
export async function runAction<Schema extends z.ZodType, T>(
  action: ActionDefinition<Schema, T>,
  raw: unknown,
  translator: ErrorTranslator | LazyErrorTranslator,
): Promise<ActionResult<T>> {
  const translate = async () => ("load" in translator ? await translator.load() : translator);
  const parsed = action.schema.safeParse(raw);
  if (!parsed.success) {
    const t = await translate();
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.join(".") || "_";
      // One message per field, the first: "required" and "too short" beside each other say the same thing twice.
      if (fieldErrors[field]) continue;
      fieldErrors[field] = [isFieldMessageKey(issue.message) ? t(`field.${issue.message}`) : t("invalidInput")];
    }
    return { ok: false, code: "invalidInput", error: t("invalidInput"), fieldErrors };
  }
  const input: z.infer<Schema> = parsed.data;
  try {
    if (action.rateLimit) await enforceRateLimit(action.rateLimit, input);
    return { ok: true, data: await action.handler(input) };
  } catch (error) {
    const t = await translate();
    if (error instanceof EntriesError) {
      return { ok: false, code: error.messageKey, error: `${t(error.messageKey)} ${error.entries.join(", ")}` };
    }
    if (error instanceof DomainError) return { ok: false, code: error.messageKey, error: t(error.messageKey) };
    log("error", "action.failed", { action: action.name, ...action.logFields?.(input), ...errorLogFields(error) });
    return { ok: false, code: "unexpected", error: t("unexpected") };
  }
}

/** A refusal before the input is even read, such as a body over the size limit, in the user's language. */
export async function refusal(
  code: ErrorMessageKey,
  translator: ErrorTranslator | LazyErrorTranslator,
): Promise<ActionResult<never>> {
  const t = "load" in translator ? await translator.load() : translator;
  return { ok: false, code, error: t(code) };
}

async function serverErrorTranslator(): Promise<ErrorTranslator> {
  const t = await getTranslations("errors");
  return (key) => t(key);
}

/** The user's error messages, loaded (with their language) only when an error needs one. */
export const lazyServerErrorTranslator: LazyErrorTranslator = { load: serverErrorTranslator };

/** A server action: every one is a public endpoint, so every one goes through `runAction`. */
export function createAction<Schema extends z.ZodType, T>(
  action: ActionDefinition<Schema, T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => runAction(action, raw, lazyServerErrorTranslator);
}
