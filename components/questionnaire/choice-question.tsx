"use client";

import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

type Props = {
  id: string;
  question: string;
  help?: string;
  options: { code: number; label: string; description?: string }[];
};

/** One choice among described options, such as the trust mode. */
export function ChoiceQuestion({ id, question, help, options }: Props) {
  const { answers, setAnswer, isReadOnly } = useQuestionnaire();
  const name = `q-${id}`;
  return (
    <fieldset className={styles.question} data-item={id} aria-describedby={help ? `${name}-help` : undefined}>
      <legend className={styles.legend}>{question}</legend>
      {help ? (
        <p id={`${name}-help`} className={styles.description}>
          {help}
        </p>
      ) : null}
      <div className={styles.choices}>
        {options.map((option) => (
          <label key={option.code} className={styles.choice}>
            <input
              type="radio"
              name={name}
              value={option.code}
              checked={answers[id] === option.code}
              disabled={isReadOnly}
              onChange={() => setAnswer(id, option.code)}
            />
            <span>
              <strong>{option.label}</strong>
              {option.description ? <span className={styles.choiceDescription}>{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
