"use client";

import { useActionState } from "react";
import type { FormServerAction, FormState } from "@/lib/server/form-action";
import ui from "./ui/ui.module.css";

/** Opens a copy of the demo of one's own; a plain form, so it works without JavaScript too. */
export function DemoButton({ action, label }: { action: FormServerAction; label: string }) {
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } satisfies FormState);
  return (
    <form action={formAction}>
      <button type="submit" className="button button-secondary" disabled={isPending}>
        {label}
      </button>
      {state.status === "error" ? (
        <p className={ui.error} role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
