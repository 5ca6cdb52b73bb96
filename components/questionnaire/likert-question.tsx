"use client";

import { useTranslations } from "next-intl";
import styles from "./likert-question.module.css";

export type SaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; reason: string };

const SCALE = [1, 2, 3, 4, 5] as const;
const UNKNOWN = "unknown";

type Props = {
  id: string;
  text: string;
  /** undefined: not answered; null: "don't know". */
  value: number | null | undefined;
  status: SaveStatus;
  onAnswer: (value: number | null) => void;
};

/** One statement as a radio group: five agreement levels and "don't know". */
export function LikertQuestion({ id, text, value, status, onAnswer }: Props) {
  const t = useTranslations("questionnaire");
  const name = `q-${id}`;
  const selected = value === null ? UNKNOWN : value === undefined ? "" : String(value);
  const statusId = `${name}-status`;
  return (
    <fieldset className={styles.question} aria-describedby={statusId}>
      <legend className={styles.legend}>{text}</legend>
      <div className={styles.options}>
        {SCALE.map((option) => (
          <label key={option} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={selected === String(option)}
              onChange={() => onAnswer(option)}
            />
            <span>{t(`scale.${option}`)}</span>
          </label>
        ))}
        <label className={`${styles.option} ${styles.unknown}`}>
          <input
            type="radio"
            name={name}
            value={UNKNOWN}
            checked={selected === UNKNOWN}
            onChange={() => onAnswer(null)}
          />
          <span>{t("scale.unknown")}</span>
        </label>
      </div>
      <p id={statusId} className={styles.status} data-state={status.state} role="status">
        {status.state === "failed" ? t("status.failed", { reason: status.reason }) : t(`status.${status.state}`)}
      </p>
    </fieldset>
  );
}
