"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormServerAction, FormState } from "@/lib/server/form-action";
import ui from "../ui/ui.module.css";
import styles from "./questionnaire.module.css";

type Props = {
  action: FormServerAction;
  inviteToken: string;
  roles: { value: string; label: string }[];
  isSecondary: boolean;
  /** The partner takes no new respondents (everyone invited has submitted). */
  isDisabled?: boolean;
};

/** Choose a role and start: creates the respondent and opens the questionnaire. */
export function EnterForm({ action, inviteToken, roles, isSecondary, isDisabled = false }: Props) {
  const t = useTranslations("invite");
  const [state, formAction, isPending] = useActionState(action, { status: "idle" } satisfies FormState);
  return (
    // Validated on the server, so the message is in the person's language, not the browser's.
    <form action={formAction} noValidate>
      <input type="hidden" name="inviteToken" value={inviteToken} />
      <fieldset className={styles.choices} aria-describedby="enter-error">
        <legend className={ui.label}>{t("roleLegend")}</legend>
        {roles.map((role) => (
          <label key={role.value} className={styles.choice}>
            <input type="radio" name="role" value={role.value} required />
            <span>{role.label}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className={`button ${isSecondary ? "button-secondary" : "button-primary"}`}
        disabled={isPending || isDisabled}
      >
        {t("start")}
      </button>
      <p className={ui.error} role="status" id="enter-error">
        {state.status === "error" ? (state.fieldErrors?.role?.[0] ?? state.message) : ""}
      </p>
    </form>
  );
}
