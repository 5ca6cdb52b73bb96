import { getLocale } from "next-intl/server";
import ui from "@/components/ui/ui.module.css";
import { findLens } from "@/content";
import { lastChange, type Trend } from "@/lib/scoring";
import { ScrollRegion } from "../ui/scroll-region";
import { RoundHeaderRow } from "./round-header-row";
import styles from "./trend.module.css";
import { TrendValueCell } from "./trend-cell";
import { trendLabels } from "./trend-labels";

/** Each lens per round, all respondents together, with the change from the round before the last to the last. */
export async function LensTrendTable({ trend, caption }: { trend: Trend; caption: string }) {
  const { t, statusLabels, number, change, roundName } = await trendLabels();
  const locale = await getLocale();
  const hasChange = trend.rounds.length > 1;
  return (
    <ScrollRegion className={styles.tableWrap} label={caption}>
      <p className={ui.scrollCaption} aria-hidden="true">
        {caption}
      </p>
      <table className={styles.table} data-testid="trend-lenses">
        <caption className="visually-hidden">{caption}</caption>
        <RoundHeaderRow
          first={t("lensesTitle")}
          rounds={trend.rounds.map((round) => ({ number: round.number, name: roundName(round.number) }))}
          changeLabel={hasChange ? t("change") : undefined}
        />
        <tbody>
          {trend.lenses.map((lens) => (
            <tr key={lens.id}>
              <th scope="row">{findLens(lens.id)?.name[locale] ?? lens.id}</th>
              {lens.cells.map((cell, index) => (
                <TrendValueCell key={trend.rounds[index]?.number} cell={cell} text={number} labels={statusLabels} />
              ))}
              {hasChange ? <td className={styles.number}>{change(lastChange(lens.cells))}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
