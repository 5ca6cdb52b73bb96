import styles from "./trend.module.css";

/** The header row of a trend table: what the rows are, one column per round, and the change where there is one. */
export function RoundHeaderRow({
  first,
  rounds,
  changeLabel,
}: {
  first: string;
  rounds: { number: number; name: string }[];
  /** Set when the table has a change column. */
  changeLabel?: string;
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {rounds.map((round) => (
          <th key={round.number} scope="col" className={styles.number}>
            {round.name}
          </th>
        ))}
        {changeLabel ? (
          <th scope="col" className={styles.number}>
            {changeLabel}
          </th>
        ) : null}
      </tr>
    </thead>
  );
}
