"use client";

import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

type Props = {
  id: string;
  legend: string;
  poleA: string;
  poleB: string;
  /** Accessible names of the seven positions, −3 … +3. */
  positionLabels: string[];
  unknownLabel: string;
};

const POSITIONS = [-3, -2, -1, 0, 1, 2, 3] as const;

/** A bipolar scale: seven positions between two poles, with the poles written at both ends. */
export function ParadoxScale({ id, legend, poleA, poleB, positionLabels, unknownLabel }: Props) {
  const { answers, setAnswer, isReadOnly } = useQuestionnaire();
  const name = `q-${id}`;
  const current = id in answers ? answers[id] : undefined;
  return (
    <fieldset className={styles.bipolar} data-item={id}>
      <legend className={styles.subLegend}>{legend}</legend>
      <div className={styles.poles} aria-hidden="true">
        <span>{poleA}</span>
        <span>{poleB}</span>
      </div>
      <div className={styles.positions}>
        {POSITIONS.map((position, index) => (
          <label key={position} className={styles.position} data-position={position}>
            <input
              type="radio"
              name={name}
              value={position}
              checked={current === position}
              disabled={isReadOnly}
              onChange={() => setAnswer(id, position)}
            />
            <span className="visually-hidden">{positionLabels[index]}</span>
          </label>
        ))}
      </div>
      <label className={styles.bipolarUnknown}>
        <input
          type="radio"
          name={name}
          value="unknown"
          checked={current === null}
          disabled={isReadOnly}
          onChange={() => setAnswer(id, null)}
        />
        <span>{unknownLabel}</span>
      </label>
    </fieldset>
  );
}
