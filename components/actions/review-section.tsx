import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ActionReview } from "@/lib/scoring/actions/types";
import { ActionReviewList } from "./action-review";

/** How many of the reviewed actions are done, in progress, dropped and still open. */
export function statusCounts(reviews: readonly ActionReview[]) {
  const count = (status: string) => reviews.filter((review) => review.action.status === status).length;
  return { done: count("done"), progress: count("in-progress"), dropped: count("dropped"), open: count("open") };
}

/** The review that opens a round's overview: the previous round's actions and what changed since, read only. */
export async function ReviewSection({
  reviews,
  round,
  token,
  actionsHref,
}: {
  reviews: ActionReview[];
  round: number;
  token: string;
  actionsHref: string;
}) {
  const t = await getTranslations("actions");
  return (
    <section className="card" aria-labelledby="review-title">
      <h2 id="review-title">{t("reviewTitle", { round: round - 1 })}</h2>
      {reviews.length === 0 ? (
        <p>{t("reviewNone", { round: round - 1 })}</p>
      ) : (
        <>
          <p className="muted">{t("statusCounts", statusCounts(reviews))}</p>
          <ActionReviewList reviews={reviews} token={token} />
        </>
      )}
      <p>
        <Link href={actionsHref}>{t("reviewLink")}</Link>
      </p>
    </section>
  );
}
