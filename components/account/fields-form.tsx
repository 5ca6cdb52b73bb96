"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import type { FormServerAction, FormState } from "@/lib/server/form-action";
import styles from "../ui/ui.module.css";

export type FormField = {
  name: string;
  label: string;
  type: "text" | "email" | "password" | "url" | "select";
  autoComplete?: string;
  hint?: string;
  options?: readonly { value: string; label: string }[];
};

type Props = {
  action: FormServerAction;
  fields: readonly FormField[];
  submitLabel: string;
  /** Hidden fields, such as the management key of the collaboration the form acts on. */
  hidden?: Record<string, string>;
  label?: string;
};

/**
 * A short form of labelled fields (sign up, sign in, share, claim), with each
 * field's message under it. What was typed comes back after an error, except
 * passwords, which are never sent back to the page.
 */
export function FieldsForm({ action, fields, submitLabel, hidden = {}, label }: Props) {
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } satisfies FormState);
  const formRef = useRef<HTMLFormElement>(null);
  // Two forms on one page (password and sign-in link) each have an e-mail field: ids must stay apart.
  const formId = useId();
  const hasFieldErrors = Object.keys(state.fieldErrors ?? {}).length > 0;
  // A field's own message says what is wrong; focus takes the person (and a screen reader) to the first one.
  // After every attempt, so a second wrong try moves focus again.
  const attempt = state.attempt ?? 0;
  useEffect(() => {
    if (hasFieldErrors && attempt > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [hasFieldErrors, attempt]);
  return (
    <form
      ref={formRef}
      action={formAction}
      aria-label={label}
      aria-busy={isPending}
      noValidate
      key={state.attempt ?? 0}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const id = `${formId}-${field.name}`;
        const errors = state.fieldErrors?.[field.name] ?? [];
        const kept = field.type === "password" ? undefined : state.values?.[field.name]?.[0];
        const described = [field.hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null]
          .filter(Boolean)
          .join(" ");
        const common = {
          id,
          name: field.name,
          "aria-invalid": errors.length > 0 ? true : undefined,
          "aria-describedby": described || undefined,
          defaultValue: kept,
        };
        return (
          <div className={styles.field} key={field.name}>
            <label className={styles.label} htmlFor={id}>
              {field.label}
            </label>
            {field.hint ? (
              <span className={styles.hint} id={`${id}-hint`}>
                {field.hint}
              </span>
            ) : null}
            {field.type === "select" ? (
              <select className={styles.select} {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input className={styles.input} type={field.type} autoComplete={field.autoComplete} {...common} />
            )}
            {errors.length > 0 ? (
              <p className={styles.error} id={`${id}-error`}>
                {errors.join(" ")}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" className="button button-primary" disabled={isPending}>
        {submitLabel}
      </button>
      <p className={state.status === "error" ? styles.error : styles.success} role="status">
        {hasFieldErrors ? "" : (state.message ?? "")}
      </p>
    </form>
  );
}
