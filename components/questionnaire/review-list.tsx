"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/action";
import styles from "./questionnaire.module.css";
import { useQuestionnaire } from "./questionnaire-provider";

export type ReviewSection = {
  slug: string;
  title: string;
  lensId?: string;
  items: { id: string; text: string; valueLabels: Record<string, string> }[];
};

/** The server action that marks the response as sent. */
export type SubmitResponseAction = (input: { token: string }) => Promise<ActionResult<void>>;

type Props = {
  token: string;
  sections: ReviewSection[];
  submit: SubmitResponseAction;
};

const valueKey = (value: number | null) => (value === null ? "null" : String(value));

/** Every answer on one page, with a way back to each step, and the button that sends the response. */
export function ReviewList({ token, sections, submit }: Props) {
  const t = useTranslations("review");
  const { answers, comments, flush, isReadOnly } = useQuestionnaire();
  const router = useRouter();
  const [error, setError] = useState("");
  const [isPending, startTransition] = useTransition();
  const unanswered = sections.reduce(
    (sum, section) => sum + section.items.filter((item) => !(item.id in answers)).length,
    0,
  );

  function send() {
    setError("");
    startTransition(async () => {
      if (!(await flush())) {
        setError(t("notSaved"));
        return;
      }
      const result = await submit({ token });
      if (result.ok) router.push(`/r/${token}/bedankt`);
      else setError(result.error);
    });
  }

  return (
    <>
      <p className={styles.summary} data-testid="unanswered">
        {t("unanswered", { count: unanswered })}
      </p>
      {sections.map((section) => (
        <section
          key={section.slug}
          className={`card ${styles.reviewSection}`}
          aria-labelledby={`review-${section.slug}`}
        >
          <div className={styles.reviewHeader}>
            <h2 id={`review-${section.slug}`}>{section.title}</h2>
            <Link href={`/r/${token}/${section.slug}`}>{t("edit", { step: section.title })}</Link>
          </div>
          <dl className={styles.reviewItems}>
            {section.items.map((item) => (
              <div key={item.id}>
                <dt>{item.text}</dt>
                <dd data-unanswered={!(item.id in answers) || undefined}>
                  {item.id in answers ? (item.valueLabels[valueKey(answers[item.id] ?? null)] ?? "") : t("notAnswered")}
                </dd>
              </div>
            ))}
            {section.lensId && comments[section.lensId] ? (
              <div>
                <dt>{t("comment")}</dt>
                <dd>{comments[section.lensId]}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
      {isReadOnly ? null : (
        <div className={styles.submit}>
          <button type="button" className="button button-primary" onClick={send} disabled={isPending}>
            {isPending ? t("submitting") : t("submit")}
          </button>
          <p className={styles.error} role="alert">
            {error}
          </p>
        </div>
      )}
    </>
  );
}
