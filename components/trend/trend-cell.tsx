import type { ReactNode } from "react";
import type { TrendCell, TrendStatus } from "@/lib/scoring";
import styles from "./trend.module.css";

/** The words for a round without a figure: hidden, no response, not taking part, too few answers. */
export type StatusLabels = Record<Exclude<TrendStatus, "shown">, string>;

/**
 * One figure of the trend in a table: the number, or why there is none. A
 * hidden group reads "verborgen" and a group without response "geen respons",
 * so nobody mistakes the one for the other.
 */
export function TrendValueCell({
  cell,
  text,
  labels,
  note,
}: {
  cell: TrendCell | undefined;
  text: (value: number) => ReactNode;
  labels: StatusLabels;
  /** A line beneath, such as how many responded. */
  note?: string;
}) {
  const content =
    !cell || cell.status === "shown" || cell.value !== null ? (
      cell?.value == null ? (
        "–"
      ) : (
        text(cell.value)
      )
    ) : (
      <span className={styles.status} data-status={cell.status}>
        {labels[cell.status]}
      </span>
    );
  return (
    <td className={styles.number}>
      {content}
      {note ? <span className={styles.count}>{note}</span> : null}
    </td>
  );
}
