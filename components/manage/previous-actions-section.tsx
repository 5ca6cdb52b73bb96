import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ActionReview } from "@/lib/scoring/actions/types";
import type { FormServerAction } from "@/lib/server/form-action";
import type { ManagementView } from "@/lib/server/scan/get-management-view";
import { reviewChanges } from "../actions/action-review";
import { ActionStatusForm } from "../actions/action-status-form";
import { ActionSummary } from "../actions/action-summary";
import actionStyles from "../actions/actions.module.css";

/**
 * A round opens with the previous round's actions: what became of each
 * (done, in progress, dropped), set right here, and what changed since in the
 * linked lens and the finding (the same lines as the results' review; before
 * this round has figures they say why there are none yet).
 */
export async function PreviousActionsSection({
  view,
  token,
  setStatus,
  reviewHref,
  reviews,
}: {
  view: ManagementView;
  /** The review of the previous round's actions, as the results show it. */
  reviews: ActionReview[];
  token: string;
  setStatus: FormServerAction;
  reviewHref: string;
}) {
  const t = await getTranslations("actions");
  const previous = view.round - 1;
  const changes = new Map(
    await Promise.all(reviews.map(async (review) => [review.action.id, await reviewChanges(review)] as const)),
  );
  return (
    <section className="card" aria-labelledby="previous-actions-title" data-testid="previous-actions">
      <h2 id="previous-actions-title">{t("reviewTitle", { round: previous })}</h2>
      {view.previousActions.length === 0 ? (
        <p className="muted">{t("reviewNone", { round: previous })}</p>
      ) : (
        <ul className={actionStyles.list}>
          {view.previousActions.map((action) => {
            const lines = changes.get(action.id);
            return (
              <li key={action.id} className={actionStyles.item}>
                <ActionSummary action={action} />
                {lines ? (
                  <ul className={actionStyles.changes}>
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : null}
                <ActionStatusForm action={action} token={token} setStatus={setStatus} idPrefix="previous" />
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={reviewHref}>{t("reviewLink")}</Link>
      </p>
    </section>
  );
}
