"use client";

import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

export type ScaleOption = { value: number | null; label: string };

type Props = {
  id: string;
  text: string;
  /** The scale's options in order, "don't know" (value null) last. */
  options: ScaleOption[];
  /** Extra explanation under the statement. */
  description?: string;
};

/** A statement (or importance question) as a radio group on a 1–5 scale with "don't know". */
export function LikertQuestion({ id, text, options, description }: Props) {
  const { answers, setAnswer, isReadOnly } = useQuestionnaire();
  const name = `q-${id}`;
  const current = id in answers ? answers[id] : undefined;
  return (
    <fieldset
      className={styles.question}
      data-item={id}
      aria-describedby={description ? `${name}-description` : undefined}
    >
      <legend className={styles.legend}>{text}</legend>
      {description ? (
        <p id={`${name}-description`} className={styles.description}>
          {description}
        </p>
      ) : null}
      <div className={styles.scale}>
        {options.map((option) => (
          <label
            key={String(option.value)}
            className={`${styles.option} ${option.value === null ? styles.unknown : ""}`}
          >
            <input
              type="radio"
              name={name}
              value={option.value === null ? "unknown" : option.value}
              checked={current !== undefined && current === option.value}
              disabled={isReadOnly}
              onChange={() => setAnswer(id, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
