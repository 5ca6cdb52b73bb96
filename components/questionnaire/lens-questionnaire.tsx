"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveAnswerAction } from "@/app/r/[token]/actions";
import type { LensScore } from "@/lib/scoring/lens-score";
import styles from "./lens-questionnaire.module.css";
import { LikertQuestion, type SaveStatus } from "./likert-question";

type Props = {
  token: string;
  lens: { id: string; name: string; leadingQuestion: string };
  statements: { id: string; text: string }[];
  initialAnswers: Record<string, number | null>;
  initialScore: LensScore;
};

export function LensQuestionnaire({ token, lens, statements, initialAnswers, initialScore }: Props) {
  const t = useTranslations("questionnaire");
  const [answers, setAnswers] = useState(initialAnswers);
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const [score, setScore] = useState(initialScore);

  async function answer(itemId: string, value: number | null) {
    const previous = answers[itemId];
    setAnswers((current) => ({ ...current, [itemId]: value }));
    setStatuses((current) => ({ ...current, [itemId]: { state: "saving" } }));
    const result = await saveAnswerAction({ token, itemId, value });
    if (result.ok) {
      if (result.data.lensScore) setScore(result.data.lensScore);
      setStatuses((current) => ({ ...current, [itemId]: { state: "saved" } }));
    } else {
      // Show what is really stored, not what failed to save.
      setAnswers((current) => {
        const { [itemId]: _failed, ...rest } = current;
        return previous === undefined ? rest : { ...rest, [itemId]: previous };
      });
      setStatuses((current) => ({ ...current, [itemId]: { state: "failed", reason: result.error } }));
    }
  }

  const answeredCount = statements.filter((statement) => answers[statement.id] !== undefined).length;

  return (
    <section className={`card ${styles.lens}`} aria-labelledby={`lens-${lens.id}`}>
      <h2 id={`lens-${lens.id}`}>{t("lensTitle", { name: lens.name })}</h2>
      <p className="muted">{lens.leadingQuestion}</p>
      <p className={styles.progress}>{t("progress", { answered: answeredCount, total: statements.length })}</p>
      {statements.map((statement) => (
        <LikertQuestion
          key={statement.id}
          id={statement.id}
          text={statement.text}
          value={answers[statement.id]}
          status={statuses[statement.id] ?? { state: answers[statement.id] === undefined ? "idle" : "saved" }}
          onAnswer={(value) => answer(statement.id, value)}
        />
      ))}
      <div className={styles.score} aria-live="polite" data-testid={`score-${lens.id}`}>
        <h3>{t("scoreTitle", { name: lens.name })}</h3>
        {score.status === "scored" ? (
          <p className={styles.scoreValue}>{t("scoreValue", { score: score.score })}</p>
        ) : (
          <p>{t("scoreInsufficient", { required: score.required })}</p>
        )}
        <p className="muted">{t("scoreExplanation")}</p>
      </div>
    </section>
  );
}
