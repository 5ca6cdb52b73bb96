import { getTranslations } from "next-intl/server";
import type { LensResult } from "@/lib/scoring";
import styles from "./results.module.css";

/** The band of a lens as a labelled badge; the colour repeats what the words say. */
export async function BandBadge({ lens }: { lens: Pick<LensResult, "band" | "status"> }) {
  const t = await getTranslations("results.band");
  const key = lens.band ?? (lens.status === "suppressed" ? "suppressed" : "insufficient");
  return (
    <span className={styles.band} data-band={key}>
      {t(key)}
    </span>
  );
}
