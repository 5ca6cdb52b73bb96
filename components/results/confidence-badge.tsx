import { getTranslations } from "next-intl/server";
import type { ProblemResult } from "@/lib/scoring";
import styles from "./results.module.css";

/** How sure the diagnosis is of a problem, as a labelled badge: "duidelijk" or "mogelijk"; the colour repeats the word. */
export async function ConfidenceBadge({ confidence }: { confidence: ProblemResult["confidence"] }) {
  const t = await getTranslations("results.confidence");
  return (
    <span className={styles.band} data-confidence={confidence}>
      {t(confidence)}
    </span>
  );
}
