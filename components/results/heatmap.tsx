import { getTranslations } from "next-intl/server";
import { scoreColour } from "@/lib/charts/palette";
import type { GroupResult, StatementResult } from "@/lib/scoring";
import { ScrollRegion } from "../ui/scroll-region";
import styles from "./results.module.css";

type Props = {
  caption: string;
  groups: Pick<GroupResult, "id" | "name" | "respondents" | "suppressed" | "statements">[];
  statements: (StatementResult & { text: string })[];
  testId?: string;
  /** The gap between partners; only meaningful on the partner heatmap. */
  showGap?: boolean;
};

/**
 * Statements × groups, each cell coloured by its score with the number in it.
 * Hidden cells say so in words, never with a number.
 */
export async function Heatmap({ caption, groups, statements, testId, showGap = false }: Props) {
  const t = await getTranslations("results");
  return (
    <ScrollRegion className={styles.tableWrap} label={caption}>
      <table className={`${styles.table} ${styles.heatmap}`} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statement")}</th>
            {groups.map((group) => (
              <th key={group.id} scope="col" className={styles.number}>
                {group.name}
                <span className={styles.small}>{t("respondents", { count: group.respondents })}</span>
              </th>
            ))}
            {showGap ? (
              <th scope="col" className={styles.number}>
                {t("gap")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {statements.map((statement) => (
            <tr key={statement.id} data-contested={statement.isContested || undefined}>
              <th scope="row" className={styles.statementCell}>
                {statement.text}
                {statement.isContested ? <span className={styles.contestedMark}> · {t("contested")}</span> : null}
              </th>
              {groups.map((group) => {
                const score = group.statements[statement.id];
                return typeof score === "number" ? (
                  <td key={group.id} className={styles.cell} style={{ background: scoreColour(score) }}>
                    {score}
                  </td>
                ) : (
                  <td key={group.id} className={`${styles.cell} ${styles.hiddenCell}`}>
                    {t("noData")}
                  </td>
                );
              })}
              {showGap ? <td className={styles.number}>{statement.partnerGap ?? t("noData")}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
