import "server-only";
import type { z } from "zod";
import { lazyServerErrorTranslator, runAction } from "./action";

/** What a form shows after submitting: a message, and per field what is wrong. */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
};

/**
 * A server action for a plain <form>: it reads the fields with `read`, then
 * goes through `runAction` like every other entry point. `onSuccess` may
 * redirect or revalidate; what it returns is shown as the success message.
 */
export function formAction<Schema extends z.ZodType, T>(
  name: string,
  schema: Schema,
  handler: (input: z.infer<Schema>) => Promise<T>,
  read: (formData: FormData) => unknown,
  onSuccess: (data: T, input: z.infer<Schema>) => Promise<string | undefined> | string | undefined,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  return async (_previous, formData) => {
    let input: z.infer<Schema> | undefined;
    const result = await runAction(
      name,
      schema,
      async (parsed) => {
        input = parsed;
        return handler(parsed);
      },
      read(formData),
      lazyServerErrorTranslator,
    );
    if (!result.ok) return { status: "error", message: result.error, fieldErrors: result.fieldErrors };
    // Outside runAction: onSuccess may redirect, which works by throwing.
    const message = await onSuccess(result.data, input as z.infer<Schema>);
    return { status: "success", message };
  };
}

/** A form field as text; absent fields read as "". */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
