"use client";

import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

export function CommentField({
  lensId,
  label,
  hint,
  maxLength,
}: {
  lensId: string;
  label: string;
  hint: string;
  maxLength: number;
}) {
  const { comments, setComment, isReadOnly } = useQuestionnaire();
  const id = `comment-${lensId}`;
  return (
    <div className={styles.comment}>
      <label htmlFor={id} className={styles.legend}>
        {label}
      </label>
      <p id={`${id}-hint`} className={styles.description}>
        {hint}
      </p>
      <textarea
        id={id}
        className={styles.textarea}
        aria-describedby={`${id}-hint`}
        maxLength={maxLength}
        value={comments[lensId] ?? ""}
        readOnly={isReadOnly}
        onChange={(event) => setComment(lensId, event.target.value)}
      />
    </div>
  );
}
