"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

export type StepSummary = { slug: string; label: string; itemIds: string[] };

/** Progress bar, the list of steps with their completion, and the save state, above every step. */
export function ProgressHeader({ token, steps, current }: { token: string; steps: StepSummary[]; current: string }) {
  const t = useTranslations();
  const { answers, saveState } = useQuestionnaire();
  const total = steps.reduce((sum, step) => sum + step.itemIds.length, 0);
  const answered = steps.reduce((sum, step) => sum + step.itemIds.filter((id) => id in answers).length, 0);
  const percent = total === 0 ? 100 : Math.round((answered / total) * 100);
  return (
    <div className={styles.header}>
      <div className={styles.progressRow}>
        <label htmlFor="questionnaire-progress" className={styles.progressLabel}>
          {t("progressBar.value", { answered, total })}
        </label>
        <progress id="questionnaire-progress" className={styles.progress} max={100} value={percent}>
          {percent}%
        </progress>
      </div>
      <nav aria-label={t("steps.label")} className={styles.steps}>
        <ol>
          {steps.map((step) => {
            const isComplete = step.itemIds.length > 0 && step.itemIds.every((id) => id in answers);
            const isCurrent = step.slug === current;
            return (
              <li key={step.slug}>
                <Link
                  href={`/r/${token}/${step.slug}`}
                  aria-current={isCurrent ? "step" : undefined}
                  data-complete={isComplete || undefined}
                >
                  {isComplete ? <span aria-hidden="true">✓ </span> : null}
                  {step.label}
                  {isComplete ? <span className="visually-hidden"> ({t("steps.complete")})</span> : null}
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>
      <p className={styles.saveState} data-state={saveState.kind} role="status" aria-live="polite">
        {saveState.kind === "rejected"
          ? t("save.rejected", { reason: saveState.message })
          : t(`save.${saveState.kind}`)}
      </p>
    </div>
  );
}
