"use client";

import { type ReactNode, useActionState } from "react";
import type { FormServerAction, FormState } from "@/lib/server/form-action";
import styles from "./ui.module.css";

type Props = {
  action: FormServerAction;
  children: ReactNode;
  /** Asked with the browser's confirm dialog before submitting. */
  confirm?: string;
  className?: string;
  label?: string;
};

/** A form posting to a server action, with its message announced to screen readers. */
export function ActionForm({ action, children, confirm, className, label }: Props) {
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } satisfies FormState);
  return (
    <form
      action={formAction}
      className={className}
      aria-label={label}
      aria-busy={isPending}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
      <p className={state.status === "error" ? styles.error : styles.success} role="status">
        {state.message ?? ""}
      </p>
    </form>
  );
}
