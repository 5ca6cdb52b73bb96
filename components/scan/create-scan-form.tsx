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
  reportingMode: string;
  partners: { name: string; invitedCount: number | null }[];
};

/** The form's starting values: what was just submitted (after an error), else the previous round, else defaults. */
function startingValues(state: FormState, initial: ScanDefaults | undefined, defaultLocale: string) {
  const submitted = state.values;
  const one = (name: string, fallback: string) => (submitted ? (submitted[name]?.[0] ?? "") : fallback);
  // After an error, the rows that were filled in, in order: the server's messages count only those.
  const submittedRows = (submitted?.partner ?? [])
    .map((name, index) => ({ name, invitedCount: submitted?.partnerInvited?.[index] ?? "" }))
    .filter((row) => row.name.trim() !== "");
  const rows = submitted
    ? submittedRows
    : (initial?.partners.map((partner) => ({
        name: partner.name,
        invitedCount: String(partner.invitedCount ?? ""),
      })) ?? [
        { name: "", invitedCount: "" },
        { name: "", invitedCount: "" },
        { name: "", invitedCount: "" },
      ]);
  return {
    name: one("name", initial?.name ?? ""),
    description: one("description", initial?.description ?? ""),
    form: one("form", initial?.form ?? "undecided"),
    phase: one("phase", initial?.phase ?? "functioning"),
    collaborationType: one("collaborationType", String(initial?.collaborationType ?? "")),
    variant: one("variant", initial?.variant ?? "quick"),
    locale: one("locale", initial?.locale ?? defaultLocale),
    anonymityThreshold: one("anonymityThreshold", String(initial?.anonymityThreshold ?? 3)),
    reportingMode: one("reportingMode", initial?.reportingMode ?? "group"),
    closesOn: one("closesOn", ""),
    showResults: submitted ? submitted.showResultsToRespondents?.[0] === "on" : true,
    partners:
      rows.length >= 2 ? rows : [...rows, { name: "", invitedCount: "" }, { name: "", invitedCount: "" }].slice(0, 2),
  };
}

/** The next round of a collaboration: its management link, the round's number and how results are reported. */
export type NextRound = { managementToken: string; round: number; reportingModeLabel: string; closesPrevious: boolean };

type Props = {
  action: FormServerAction;
  /** Set for the next round of a collaboration: name, description and reporting mode stay the collaboration's. */
  nextRound?: NextRound;
  initial?: ScanDefaults;
  maxPartners: number;
  forms: Choice[];
  phases: Choice[];
  collaborationTypes: Choice[];
  variants: Choice[];
  locales: Choice[];
  reportingModes: Choice[];
  defaultLocale: string;
};

/**
 * The create-scan form. It posts to a server action, so it works without
 * JavaScript too (with four partner fields); with JavaScript partners can be
 * added and removed, and the fields keep what was typed after an error.
 */
export function CreateScanForm(props: Props) {
  const [state, formAction, isPending] = useActionState(props.action, { status: "idle" } satisfies FormState);
  // A new attempt starts afresh from what was submitted: React has cleared the form's fields by then.
  return (
    <CreateScanFields key={state.attempt ?? 0} {...props} state={state} formAction={formAction} isPending={isPending} />
  );
}

function CreateScanFields(
  props: Props & { state: FormState; formAction: (formData: FormData) => void; isPending: boolean },
) {
  const t = useTranslations("create");
  const { state, formAction, isPending } = props;
  const values = startingValues(state, props.initial, props.defaultLocale);
  const [partnerKeys, setPartnerKeys] = useState(() => values.partners.map((_, index) => index + 1));
  const [nextKey, setNextKey] = useState(values.partners.length + 1);
  const [reportingMode, setReportingMode] = useState(values.reportingMode);
  const errors = state.fieldErrors ?? {};

  return (
    <form action={formAction} className={styles.form} noValidate>
      {state.status === "error" ? (
        <div className={styles.errorSummary} role="alert">
          {state.message} {t("errorSummary")}
        </div>
      ) : null}
      {props.nextRound ? (
        <>
          <input type="hidden" name="token" value={props.nextRound.managementToken} />
          <input type="hidden" name="afterRound" value={props.nextRound.round - 1} />
          {props.nextRound.closesPrevious ? (
            <p className={styles.notice}>{t("nextRoundClosesPrevious", { round: props.nextRound.round - 1 })}</p>
          ) : null}
        </>
      ) : null}

      <fieldset className={`card ${styles.section}`}>
        <legend className={styles.legend}>{t("aboutTitle")}</legend>
        {props.nextRound ? null : (
          <>
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
                defaultValue={values.name}
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
                defaultValue={values.description}
                {...fieldProps("description", errors, "description-hint")}
              />
              <FieldError name="description" errors={errors} />
            </div>
          </>
        )}
        <RadioGroup name="form" legend={t("form")} choices={props.forms} defaultValue={values.form} errors={errors} />
        <RadioGroup
          name="phase"
          legend={t("phase")}
          choices={props.phases}
          defaultValue={values.phase}
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
            defaultValue={values.collaborationType}
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
          defaultValue={values.variant}
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
            defaultValue={values.locale}
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
          {props.nextRound ? t("nextRoundPartnersHint", { round: props.nextRound.round - 1 }) : t("partnersHint")}
        </p>
        <FieldError name="partners" errors={errors} />
        <ol className={styles.partners}>
          {partnerKeys.map((key, index) => {
            const partner = values.partners[key - 1];
            const invitedError = `invitedCounts.${index}`;
            return (
              <li key={key} className={styles.partner}>
                <div className={styles.partnerName}>
                  <label htmlFor={`partner-${key}`} className={styles.partnerLabel}>
                    {t("partnerLabel", { number: index + 1 })}
                  </label>
                  <input
                    id={`partner-${key}`}
                    name="partner"
                    className={ui.input}
                    maxLength={100}
                    defaultValue={partner?.name}
                  />
                </div>
                {reportingMode === "self" ? (
                  <input type="hidden" name="partnerInvited" value="" />
                ) : (
                  <div className={styles.partnerInvited}>
                    <label htmlFor={`partner-invited-${key}`} className={styles.partnerLabel}>
                      {t("invitedLabel")}
                      <span className="visually-hidden"> {t("partnerLabel", { number: index + 1 })}</span>
                    </label>
                    <input
                      id={`partner-invited-${key}`}
                      name="partnerInvited"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={500}
                      className={ui.input}
                      defaultValue={partner?.invitedCount}
                      {...fieldProps(invitedError, errors)}
                    />
                    <FieldError name={invitedError} errors={errors} />
                  </div>
                )}
                {partnerKeys.length > 2 ? (
                  <button
                    type="button"
                    className={`button button-secondary ${styles.removePartner}`}
                    aria-label={t("removePartner", { number: index + 1 })}
                    onClick={() => setPartnerKeys((keys) => keys.filter((candidate) => candidate !== key))}
                  >
                    ×
                  </button>
                ) : null}
              </li>
            );
          })}
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
        {props.nextRound ? (
          <p>{t("nextRoundReporting", { mode: props.nextRound.reportingModeLabel })}</p>
        ) : (
          <fieldset className={styles.radioGroup}>
            <legend className={ui.label}>{t("reportingMode")}</legend>
            {props.reportingModes.map((choice) => (
              <label key={choice.value} className={styles.radio}>
                <input
                  type="radio"
                  name="reportingMode"
                  value={choice.value}
                  defaultChecked={choice.value === values.reportingMode}
                  onChange={(event) => setReportingMode(event.currentTarget.value)}
                />
                <span>
                  <strong>{choice.label}</strong>
                  {choice.description ? <span className={styles.radioDescription}>{choice.description}</span> : null}
                </span>
              </label>
            ))}
            <FieldError name="reportingMode" errors={errors} />
          </fieldset>
        )}
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
            min={3}
            max={10}
            defaultValue={values.anonymityThreshold}
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
            defaultValue={values.closesOn}
            {...fieldProps("closesOn", errors, "closesOn-hint")}
          />
          <FieldError name="closesOn" errors={errors} />
        </div>
        <label className={styles.checkbox}>
          <input type="checkbox" name="showResultsToRespondents" defaultChecked={values.showResults} />
          {t("showResults")}
        </label>
      </fieldset>

      <button type="submit" className="button button-primary" disabled={isPending}>
        {isPending
          ? t("submitting")
          : props.nextRound
            ? t("nextRoundSubmit", { round: props.nextRound.round })
            : t("submit")}
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
