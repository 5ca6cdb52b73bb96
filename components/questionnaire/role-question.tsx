"use client";

import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

/** Asked of respondents with a personal link, who did not choose a role on an invitation page. */
export function RoleQuestion({ legend, roles }: { legend: string; roles: { value: string; label: string }[] }) {
  const { role, setRole, isReadOnly } = useQuestionnaire();
  return (
    <fieldset className={styles.question}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.choices}>
        {roles.map((option) => (
          <label key={option.value} className={styles.choice}>
            <input
              type="radio"
              name="respondent-role"
              value={option.value}
              checked={role === option.value}
              disabled={isReadOnly}
              onChange={() => setRole(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
