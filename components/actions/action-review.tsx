import { getLocale } from "next-intl/server";
import { reviewLines } from "@/lib/export/action-lines";
import { exportTranslator } from "@/lib/export/translator";
import type { ActionReview } from "@/lib/scoring/actions/types";
import type { FormServerAction } from "@/lib/server/form-action";
import { ActionStatusForm } from "./action-status-form";
import { ActionSummary } from "./action-summary";
import styles from "./actions.module.css";

/** What changed for one reviewed action, in the reader's language (the same words as the report's). */
export async function reviewChanges(review: ActionReview): Promise<string[]> {
  const locale = await getLocale();
  return reviewLines(review, { locale, t: exportTranslator(locale) });
}

/**
 * The review that opens a round: the previous round's actions, with what
 * became of them and what changed since. With `setStatus` the group records
 * each action's status right there (done, in progress, dropped).
 */
export async function ActionReviewList({
  reviews,
  token,
  setStatus,
}: {
  reviews: ActionReview[];
  token: string;
  setStatus?: FormServerAction;
}) {
  return (
    <ul className={styles.list} data-testid="action-review">
      {
        await Promise.all(
          reviews.map(async (review) => (
            <li key={review.action.id} className={styles.item}>
              <ActionSummary action={review.action} />
              <ul className={styles.changes}>
                {(await reviewChanges(review)).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {setStatus ? (
                <ActionStatusForm action={review.action} token={token} setStatus={setStatus} idPrefix="review" />
              ) : null}
            </li>
          )),
        )
      }
    </ul>
  );
}
