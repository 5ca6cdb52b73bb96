"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FormServerAction, FormState } from "@/lib/server/form-action";
import ui from "../ui/ui.module.css";
import styles from "./actions.module.css";
import { StatusOptions } from "./status-options";

export type FindingGroup = { label: string; options: { value: string; label: string }[] };

/** What the editor starts from: an action's current values, or a finding chosen on another page. */
export type ActionValues = {
  finding?: string;
  description?: string;
  /** A partner's id, "person", or "" for none chosen yet. */
  owner?: string;
  ownerName?: string;
  dueOn?: string;
  status?: string;
};

type Props = {
  action: FormServerAction;
  token: string;
  /** Unique on the page: ids of fields and messages derive from it. */
  idPrefix: string;
  /** The round (a new action) or the action (an edit). */
  hidden: Record<string, string>;
  partners: { id: string; name: string }[];
  /** Set for a new action: what it can be about. */
  findings?: FindingGroup[];
  /** Set when editing: the status can change. */
  hasStatus?: boolean;
  initial?: ActionValues;
  submitLabel: string;
  /** On a workshop slide: no hint, and a two-row description. */
  isCompact?: boolean;
};

/**
 * The form for an agreed action, new or edited. After an error it keeps what
 * was typed (React clears a form once its action has run) and says per field
 * what is wrong; a meeting room should not have to type an action twice.
 */
export function ActionEditor(props: Props) {
  const [state, formAction, isPending] = useActionState(props.action, { status: "idle" } satisfies FormState);
  return (
    <ActionFields key={state.attempt ?? 0} {...props} state={state} formAction={formAction} isPending={isPending} />
  );
}

function ActionFields({
  state,
  formAction,
  isPending,
  ...props
}: Props & { state: FormState; formAction: (formData: FormData) => void; isPending: boolean }) {
  const t = useTranslations("actions");
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof ActionValues) =>
    state.values ? (state.values[name]?.[0] ?? "") : (props.initial?.[name] ?? "");
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const invalid = (...names: string[]) => {
    const messages = names.flatMap((name) => errors[name] ?? []);
    return messages.length > 0 ? { "aria-invalid": true as const, "aria-describedby": id(`${names[0]}-error`) } : {};
  };
  const error = (...names: string[]) => {
    const messages = names.flatMap((name) => errors[name] ?? []);
    return messages.length > 0 ? (
      <p id={id(`${names[0]}-error`)} className={ui.error}>
        {messages.join(" ")}
      </p>
    ) : null;
  };
  return (
    <form action={formAction} className={styles.editor} aria-busy={isPending}>
      <input type="hidden" name="token" value={props.token} />
      {Object.entries(props.hidden).map(([name, hidden]) => (
        <input key={name} type="hidden" name={name} value={hidden} />
      ))}
      {props.findings ? (
        <div className={ui.field}>
          <label htmlFor={id("finding")} className={ui.label}>
            {t("finding")}
          </label>
          {props.isCompact ? null : (
            <span id={id("finding-hint")} className={ui.hint}>
              {t("findingHint")}
            </span>
          )}
          <select
            id={id("finding")}
            name="finding"
            className={ui.select}
            defaultValue={value("finding")}
            aria-describedby={props.isCompact ? undefined : id("finding-hint")}
            {...invalid("findingKind", "findingId")}
          >
            {props.findings.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {error("findingKind", "findingId")}
        </div>
      ) : null}
      <div className={ui.field}>
        <label htmlFor={id("description")} className={ui.label}>
          {t("description")}
        </label>
        <textarea
          id={id("description")}
          name="description"
          className={ui.textarea}
          rows={props.isCompact ? 2 : undefined}
          maxLength={500}
          required
          defaultValue={value("description")}
          {...invalid("description")}
        />
        {error("description")}
      </div>
      <div className={styles.row}>
        <div className={ui.field}>
          <label htmlFor={id("owner")} className={ui.label}>
            {t("owner")}
          </label>
          <select
            id={id("owner")}
            name="owner"
            className={ui.select}
            defaultValue={value("owner")}
            {...invalid("owner")}
          >
            <option value="">{t("ownerChoose")}</option>
            {props.partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
              </option>
            ))}
            <option value="person">{t("ownerPerson")}</option>
          </select>
          {error("owner", "ownerPartnerId")}
        </div>
        <div className={ui.field}>
          <label htmlFor={id("ownerName")} className={ui.label}>
            {t("ownerName")}
          </label>
          <input
            id={id("ownerName")}
            name="ownerName"
            className={ui.input}
            maxLength={100}
            autoComplete="off"
            defaultValue={value("ownerName")}
            {...invalid("ownerName")}
          />
          {error("ownerName")}
        </div>
        <div className={ui.field}>
          <label htmlFor={id("dueOn")} className={ui.label}>
            {t("dueOn")}
          </label>
          <input
            id={id("dueOn")}
            name="dueOn"
            type="date"
            className={ui.input}
            defaultValue={value("dueOn")}
            {...invalid("dueOn")}
          />
          {error("dueOn")}
        </div>
        {props.hasStatus ? (
          <div className={ui.field}>
            <label htmlFor={id("status")} className={ui.label}>
              {t("status")}
            </label>
            <select id={id("status")} name="status" className={ui.select} defaultValue={value("status")}>
              <StatusOptions label={(status) => t(`statuses.${status}`)} />
            </select>
          </div>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={isPending}>
        {props.submitLabel}
      </button>
      <p className={state.status === "error" ? ui.error : ui.success} role="status">
        {state.message ?? ""}
      </p>
    </form>
  );
}
