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
  const item = (review: ActionReview) => (
    <ActionItem key={review.action.id} context={context} action={review.action} lines={reviewLines(review, context)} />
  );
  const [first, ...rest] = reviews;
  return (
    <View>
      {/* The heading stays with its lead and the first action: never alone at the foot of a page. */}
      <View wrap={false}>
        <SectionTitle>{t("actions.reviewTitle", { round: round - 1 })}</SectionTitle>
        <Text style={[styles.muted, styles.paragraph]}>{t("actions.reviewLead", { round: round - 1 })}</Text>
        {first ? item(first) : <Text style={styles.paragraph}>{t("actions.reviewNone", { round: round - 1 })}</Text>}
      </View>
      {rest.map(item)}
    </View>
  );
}
