import "server-only";
import type { z } from "zod";
import { type ActionDefinition, lazyServerErrorTranslator, runAction } from "./action";

/**
 * What a form shows after submitting: a message, and per field what is
 * wrong. After an error, `values` holds what was submitted, field by field:
 * React clears a form once its action has run, and nobody should have to type
 * everything again because one field was wrong. `attempt` changes with every
 * submission, so a form can start afresh from those values.
 */
export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string[]>;
  attempt?: number;
};

/** The text fields of a submitted form, in order; React's own bookkeeping fields are left out. */
function submittedValues(formData: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    values[name] = [...(values[name] ?? []), value];
  }
  return values;
}

/** A server action as a form's `useActionState` calls it; pages hand these to components as props. */
export type FormServerAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export type FormActionDefinition<Schema extends z.ZodType, T> = ActionDefinition<Schema, T> & {
  /** Reads the form's fields into the raw input the schema parses. */
  read: (formData: FormData) => unknown;
  /** May redirect or revalidate; what it returns is shown as the success message. */
  onSuccess: (data: T, input: z.infer<Schema>) => Promise<string | undefined> | string | undefined;
};

/** A server action for a plain <form>: it reads the fields, then goes through `runAction` like every other entry point. */
export function formAction<Schema extends z.ZodType, T>(action: FormActionDefinition<Schema, T>): FormServerAction {
  return async (previous, formData) => {
    let input: z.infer<Schema> | undefined;
    const result = await runAction(
      {
        ...action,
        handler: async (parsed) => {
          input = parsed;
          return action.handler(parsed);
        },
      },
      action.read(formData),
      lazyServerErrorTranslator,
    );
    if (!result.ok) {
      return {
        status: "error",
        message: result.error,
        fieldErrors: result.fieldErrors,
        values: submittedValues(formData),
        attempt: (previous.attempt ?? 0) + 1,
      };
    }
    // Outside runAction: onSuccess may redirect, which works by throwing.
    const message = await action.onSuccess(result.data, input as z.infer<Schema>);
    return { status: "success", message };
  };
}

/** A form field as text; absent fields read as "". */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * A whole-number field: empty reads as null (not filled in), a number as that
 * number, anything else as the text itself, so the schema names what is wrong.
 */
export function wholeNumberOrNull(formData: FormData, name: string): number | string | null {
  const value = text(formData, name).trim();
  if (value === "") return null;
  return /^-?\d+$/.test(value) ? Number(value) : value;
}
