"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import type { FormServerAction, FormState } from "@/lib/server/form-action";
import ui from "../ui/ui.module.css";
import { FieldError, fieldProps } from "./field-error";
import styles from "./scan-form.module.css";

type Choice = { value: string; label: string; description?: string; code?: number };

/** Values of a previous round, copied into a follow-up scan. */
export type ScanDefaults = {
  name: string;
  description: string;
  form: string;
  phase: string;
  collaborationType: number | null;
  variant: string;
  locale: string;
  anonymityThreshold: number;
  partners: string[];
};

type Props = {
  action: FormServerAction;
  previousManagementToken?: string;
  initial?: ScanDefaults;
  maxPartners: number;
  forms: Choice[];
  phases: Choice[];
  collaborationTypes: Choice[];
  variants: Choice[];
  locales: Choice[];
  defaultLocale: string;
};

/**
 * The create-scan form. It posts to a server action, so it works without
 * JavaScript too (with four partner fields); with JavaScript partners can be
 * added and removed, and the fields keep what was typed after an error.
 */
export function CreateScanForm(props: Props) {
  const t = useTranslations("create");
  const [state, formAction, isPending] = useActionState(props.action, { status: "idle" } satisfies FormState);
  const initialPartners = props.initial?.partners ?? ["", "", ""];
  const [partnerKeys, setPartnerKeys] = useState(() => initialPartners.map((_, index) => index + 1));
  const [nextKey, setNextKey] = useState(initialPartners.length + 1);
  const initial = props.initial;
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.status === "error" ? (
        <div className={styles.errorSummary} role="alert">
          {state.message} {t("errorSummary")}
        </div>
      ) : null}
      {props.previousManagementToken ? (
        <input type="hidden" name="previous" value={props.previousManagementToken} />
      ) : null}

      <fieldset className={`card ${styles.section}`}>
        <legend className={styles.legend}>{t("aboutTitle")}</legend>
        <div className={ui.field}>
          <label htmlFor="name" className={ui.label}>
            {t("name")}
          </label>
          <span id="name-hint" className={ui.hint}>
            {t("nameHint")}
          </span>
          <input
            id="name"
            name="name"
            className={ui.input}
            required
            maxLength={120}
            defaultValue={initial?.name}
            {...fieldProps("name", errors, "name-hint")}
          />
          <FieldError name="name" errors={errors} />
        </div>
        <div className={ui.field}>
          <label htmlFor="description" className={ui.label}>
            {t("description")}
          </label>
          <span id="description-hint" className={ui.hint}>
            {t("descriptionHint")}
          </span>
          <textarea
            id="description"
            name="description"
            className={ui.textarea}
            maxLength={2000}
            defaultValue={initial?.description}
            {...fieldProps("description", errors, "description-hint")}
          />
          <FieldError name="description" errors={errors} />
        </div>
        <RadioGroup
          name="form"
          legend={t("form")}
          choices={props.forms}
          defaultValue={initial?.form ?? "undecided"}
          errors={errors}
        />
        <RadioGroup
          name="phase"
          legend={t("phase")}
          choices={props.phases}
          defaultValue={initial?.phase ?? "functioning"}
          errors={errors}
        />
        <div className={ui.field}>
          <label htmlFor="collaborationType" className={ui.label}>
            {t("collaborationType")}
          </label>
          <select
            id="collaborationType"
            name="collaborationType"
            className={ui.select}
            defaultValue={initial?.collaborationType ?? ""}
          >
            <option value="">{t("collaborationTypeNone")}</option>
            {props.collaborationTypes.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.label} ({choice.description})
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className={`card ${styles.section}`}>
        <legend className={styles.legend}>{t("scanTitle")}</legend>
        <RadioGroup
          name="variant"
          legend={t("variant")}
          choices={props.variants}
          defaultValue={initial?.variant ?? "quick"}
          errors={errors}
        />
        <div className={ui.field}>
          <label htmlFor="locale" className={ui.label}>
            {t("locale")}
          </label>
          <span id="locale-hint" className={ui.hint}>
            {t("localeHint")}
          </span>
          <select
            id="locale"
            name="locale"
            className={ui.select}
            defaultValue={initial?.locale ?? props.defaultLocale}
            aria-describedby="locale-hint"
          >
            {props.locales.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      </fieldset>

      <fieldset className={`card ${styles.section}`} aria-describedby="partners-hint">
        <legend className={styles.legend}>{t("partnersTitle")}</legend>
        <p id="partners-hint" className={ui.hint}>
          {t("partnersHint")}
        </p>
        <FieldError name="partners" errors={errors} />
        <ol className={styles.partners}>
          {partnerKeys.map((key, index) => (
            <li key={key} className={styles.partner}>
              <label htmlFor={`partner-${key}`} className="visually-hidden">
                {t("partnerLabel", { number: index + 1 })}
              </label>
              <input
                id={`partner-${key}`}
                name="partner"
                className={ui.input}
                maxLength={100}
                placeholder={t("partnerLabel", { number: index + 1 })}
                defaultValue={initialPartners[key - 1]}
              />
              {partnerKeys.length > 2 ? (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={t("removePartner", { number: index + 1 })}
                  onClick={() => setPartnerKeys((keys) => keys.filter((candidate) => candidate !== key))}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {partnerKeys.length < props.maxPartners ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setPartnerKeys((keys) => [...keys, nextKey]);
              setNextKey((key) => key + 1);
            }}
          >
            + {t("addPartner")}
          </button>
        ) : null}
      </fieldset>

      <fieldset className={`card ${styles.section}`}>
        <legend className={styles.legend}>{t("privacyTitle")}</legend>
        <div className={ui.field}>
          <label htmlFor="anonymityThreshold" className={ui.label}>
            {t("threshold")}
          </label>
          <span id="anonymityThreshold-hint" className={ui.hint}>
            {t("thresholdHint")}
          </span>
          <input
            id="anonymityThreshold"
            name="anonymityThreshold"
            type="number"
            min={2}
            max={10}
            defaultValue={initial?.anonymityThreshold ?? 3}
            className={`${ui.input} ${styles.narrow}`}
            {...fieldProps("anonymityThreshold", errors, "anonymityThreshold-hint")}
          />
          <FieldError name="anonymityThreshold" errors={errors} />
        </div>
        <div className={ui.field}>
          <label htmlFor="closesOn" className={ui.label}>
            {t("closesOn")}
          </label>
          <span id="closesOn-hint" className={ui.hint}>
            {t("closesOnHint")}
          </span>
          <input
            id="closesOn"
            name="closesOn"
            type="date"
            className={`${ui.input} ${styles.narrow}`}
            {...fieldProps("closesOn", errors, "closesOn-hint")}
          />
          <FieldError name="closesOn" errors={errors} />
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" name="showResultsToRespondents" defaultChecked />
          {t("showResults")}
        </label>
      </fieldset>

      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

function RadioGroup({
  name,
  legend,
  choices,
  defaultValue,
  errors,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  defaultValue: string;
  errors: Record<string, string[]>;
}) {
  return (
    <fieldset className={styles.radioGroup}>
      <legend className={ui.label}>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={styles.radio}>
          <input type="radio" name={name} value={choice.value} defaultChecked={choice.value === defaultValue} />
          <span>
            <strong>{choice.label}</strong>
            {choice.description ? <span className={styles.radioDescription}>{choice.description}</span> : null}
          </span>
        </label>
      ))}
      <FieldError name={name} errors={errors} />
    </fieldset>
  );
}
