import { getLocale, getTranslations } from "next-intl/server";
import { toneFor } from "@/lib/charts/palette";
import { formatMean, formatStepGap } from "@/lib/i18n/figures";
import type { GroupResult, StatementResult } from "@/lib/scoring";
import { ScrollRegion } from "../ui/scroll-region";
import ui from "../ui/ui.module.css";
import { FigureChip } from "./figure-chip";
import { GroupHeaders } from "./group-headers";
import styles from "./results.module.css";

type Props = {
  caption: string;
  groups: Pick<GroupResult, "id" | "name" | "respondents" | "suppressed" | "statements" | "statementMeans">[];
  statements: (Pick<StatementResult, "id" | "isContested" | "partnerGap"> & { text: string; isReversed: boolean })[];
  testId?: string;
  /** A last column with each statement's `partnerGap` (the largest difference between the groups shown). */
  showGap?: boolean;
  /** The heading of that column. */
  gapLabel?: string;
};

/**
 * Statements × groups: each cell the group's mean answer to the statement as
 * worded (1–5), coloured by what it means for the collaboration. Hidden cells
 * say so in words, never with a number. On a phone each statement becomes a
 * card with its groups' figures beneath it.
 */
export async function Heatmap({ caption, groups, statements, testId, showGap = false, gapLabel }: Props) {
  const t = await getTranslations("results");
  const gapHeading = gapLabel ?? t("gap");
  const locale = await getLocale();
  return (
    <ScrollRegion className={styles.tableWrap} label={caption}>
      <table className={`${styles.table} ${styles.heatmap} ${ui.stackOnPhone}`} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statement")}</th>
            <GroupHeaders groups={groups} />
            {showGap ? (
              <th scope="col" className={styles.number}>
                {gapHeading}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {statements.map((statement) => (
            <tr key={statement.id} data-statement={statement.id} data-contested={statement.isContested || undefined}>
              <th scope="row" className={styles.statementCell}>
                {statement.text}
                {statement.isReversed ? (
                  <>
                    {" "}
                    <span className={styles.reversed}>({t("reversed")})</span>
                  </>
                ) : null}
                {statement.isContested ? <span className={styles.contestedMark}> · {t("contested")}</span> : null}
              </th>
              {groups.map((group) => {
                const score = group.statements[statement.id];
                const mean = group.statementMeans[statement.id];
                return typeof score === "number" && typeof mean === "number" ? (
                  <td key={group.id} className={styles.cell} data-label={group.name}>
                    <FigureChip
                      score={score}
                      text={formatMean(mean, locale)}
                      toneLabel={t(`legend.tone.${toneFor(score)}`)}
                    />
                  </td>
                ) : (
                  <td key={group.id} className={`${styles.cell} ${styles.hiddenCell}`} data-label={group.name}>
                    {t("noData")}
                  </td>
                );
              })}
              {showGap ? (
                <td className={styles.number} data-label={gapHeading}>
                  {statement.partnerGap === null ? t("noData") : formatStepGap(statement.partnerGap, locale)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
