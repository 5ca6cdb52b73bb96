import { getTranslations } from "next-intl/server";
import { OVERALL_COLOUR, seriesColour } from "@/lib/charts/palette";
import styles from "./results.module.css";

/** What the marks on a paradox line stand for: the mean, the wish, the spread, and a dot per group. */
export async function ParadoxLegend({ groups }: { groups: { id: string; name: string; colourIndex: number }[] }) {
  const t = await getTranslations("results.paradoxLegend");
  return (
    <ul className={styles.legendList} aria-label={t("label")}>
      <li>
        <svg viewBox="0 0 16 16" className={styles.legendGlyph} aria-hidden="true">
          <circle cx="8" cy="8" r="7" fill={OVERALL_COLOUR} />
        </svg>
        {t("mean")}
      </li>
      <li>
        <svg viewBox="0 0 16 16" className={styles.legendGlyph} aria-hidden="true">
          <path d="M 8 1 l 7 7 l -7 7 l -7 -7 z" fill="#fff" stroke={OVERALL_COLOUR} strokeWidth={2} />
        </svg>
        {t("desired")}
      </li>
      <li>
        <svg viewBox="0 0 24 16" className={styles.legendGlyphWide} aria-hidden="true">
          <rect x="0" y="3" width="24" height="10" rx="3" fill="#d5dbe3" />
        </svg>
        {t("spread")}
      </li>
      {groups.map((group) => (
        <li key={group.id}>
          <span className={styles.swatch} style={{ background: seriesColour(group.colourIndex) }} aria-hidden="true" />
          {group.name}
        </li>
      ))}
    </ul>
  );
}
