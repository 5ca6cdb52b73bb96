import { getTranslations } from "next-intl/server";
import type { ActionReview } from "@/lib/scoring/actions/types";
import type { LiveSlide } from "../results/workshop-slides";
import { reviewChanges } from "./action-review";
import styles from "./live-slides.module.css";

/** Four actions fit a slide with room for what changed; more go on further slides. */
const PER_SLIDE = 4;

/** The review that opens the workshop of a round: the previous round's actions, status first, with the change since. */
export async function reviewSlides(reviews: ActionReview[], round: number): Promise<LiveSlide[]> {
  const t = await getTranslations("actions");
  const title = t("workshopReview", { round: round - 1 });
  if (reviews.length === 0) {
    return [{ key: "review", title, body: <p>{t("reviewNone", { round: round - 1 })}</p> }];
  }
  const slides: LiveSlide[] = [];
  for (let start = 0; start < reviews.length; start += PER_SLIDE) {
    const chunk = reviews.slice(start, start + PER_SLIDE);
    const items = await Promise.all(chunk.map(async (review) => ({ review, changes: await reviewChanges(review) })));
    slides.push({
      key: `review-${start}`,
      title,
      body: (
        <ul className={styles.review} data-testid="workshop-review">
          {items.map(({ review, changes }) => (
            <li key={review.action.id}>
              <span className={styles.status} data-status={review.action.status}>
                {t(`statuses.${review.action.status}`)}
              </span>
              <span>
                <span className={styles.what}>{review.action.description}</span>
                <span className={styles.detail}>
                  {t("ownedBy", { owner: review.action.owner?.name ?? t("noOwner") })} · {changes.join(" · ")}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ),
    });
  }
  return slides;
}
