import styles from "./results.module.css";

/**
 * One partner's figure in a results table: the formatted value, or the
 * "hidden" label where the partner has too few respondents to show figures.
 */
export function PartnerFigureCell({
  value,
  text,
  hiddenLabel,
}: {
  value: number | null;
  text: string;
  hiddenLabel: string;
}) {
  return (
    <td className={styles.number}>{value === null ? <span className={styles.hidden}>{hiddenLabel}</span> : text}</td>
  );
}
