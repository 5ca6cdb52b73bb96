import { Text, View } from "@react-pdf/renderer";
import type { ActionReview } from "../../scoring/actions/types";
import { reviewLines } from "../action-lines";
import type { ExportContext } from "../context";
import { ActionItem } from "./action-item";
import { SectionTitle } from "./parts";
import { styles } from "./styles";

/** The review this round opens with: the previous round's actions, what became of them, and what changed since. */
export function ReviewSection({
  context,
  reviews,
  round,
}: {
  context: ExportContext;
  reviews: ActionReview[];
  round: number;
}) {
  const { t } = context;
  return (
    <View>
      <SectionTitle>{t("actions.reviewTitle", { round: round - 1 })}</SectionTitle>
      <Text style={[styles.muted, styles.paragraph]}>{t("actions.reviewLead", { round: round - 1 })}</Text>
      {reviews.length === 0 ? (
        <Text style={styles.paragraph}>{t("actions.reviewNone", { round: round - 1 })}</Text>
      ) : null}
      {reviews.map((review) => (
        <ActionItem
          key={review.action.id}
          context={context}
          action={review.action}
          lines={reviewLines(review, context)}
        />
      ))}
    </View>
  );
}
