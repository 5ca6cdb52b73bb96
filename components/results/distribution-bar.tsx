import { AGREEMENT_COLOURS } from "@/lib/charts/palette";
import styles from "./results.module.css";

/**
 * The answers 1…5 as one stacked bar, in the colours of the legend; the text
 * beside it says the same for screen readers.
 */
export function DistributionBar({ counts, text }: { counts: readonly number[]; text: string }) {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return (
    <div className={styles.distribution}>
      <div className={styles.bar} aria-hidden="true">
        {counts.map((count, index) =>
          count > 0 ? (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: the five scale points are fixed positions
              key={index}
              style={{ width: `${(count / total) * 100}%`, background: AGREEMENT_COLOURS[index] }}
              title={String(count)}
            />
          ) : null,
        )}
      </div>
      <span className="visually-hidden">{text}</span>
    </div>
  );
}
