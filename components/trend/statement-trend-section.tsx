import { getLocale } from "next-intl/server";
import { findLens, findStatement } from "@/content";
import { lastChange, type Trend, type TrendCell } from "@/lib/scoring";
import { ScrollRegion } from "../ui/scroll-region";
import { RoundHeaderRow } from "./round-header-row";
import styles from "./trend.module.css";
import { TrendValueCell } from "./trend-cell";
import { trendLabels } from "./trend-labels";

/**
 * Every compared statement through the rounds, lens by lens, for all
 * respondents or for one partner (chosen with links). Only the statements
 * every round asked are listed.
 */
export async function StatementTrendSection({
  trend,
  group,
  groupHref,
}: {
  trend: Trend;
  /** A partner's key, or null for all respondents. */
  group: string | null;
  groupHref: (group: string | null) => string;
}) {
  const { t, statusLabels, number, change, roundName } = await trendLabels();
  const locale = await getLocale();
  const partner = trend.partners.find((entry) => entry.key === group) ?? null;
  const cellsOf = (statementId: string, overall: TrendCell[]): TrendCell[] =>
    partner
      ? partner.rounds.map((entry) => entry.statements[statementId] ?? { value: null, status: "absent" })
      : overall;
  const caption = t("statementsCaption", { group: partner?.name ?? t("overall") });
  const hasChange = trend.rounds.length > 1;
  return (
    <section className="card" aria-labelledby="statements-title" id="per-stelling">
      <h2 id="statements-title">{t("statementsTitle")}</h2>
      <nav aria-label={t("chooseGroup")}>
        <ul className={styles.choices}>
          {[{ key: null, name: t("overall") }, ...trend.partners].map((entry) => (
            <li key={entry.key ?? "overall"}>
              <a href={groupHref(entry.key)} aria-current={entry.key === (partner?.key ?? null) ? "true" : undefined}>
                {entry.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ScrollRegion className={styles.tableWrap} label={caption}>
        <table className={styles.table} data-testid="trend-statements">
          <caption>{caption}</caption>
          <RoundHeaderRow
            first={t("statementsTitle")}
            rounds={trend.rounds.map((round) => ({ number: round.number, name: roundName(round.number) }))}
            changeLabel={hasChange ? t("change") : undefined}
          />
          {trend.lenses.map((lens) => {
            const rows = trend.statements.filter((statement) => statement.lensId === lens.id);
            if (rows.length === 0) return null;
            return (
              <tbody key={lens.id}>
                <tr className={styles.lensRow}>
                  <th scope="rowgroup" colSpan={trend.rounds.length + (hasChange ? 2 : 1)}>
                    {findLens(lens.id)?.name[locale] ?? lens.id}
                  </th>
                </tr>
                {rows.map((statement) => {
                  const cells = cellsOf(statement.id, statement.cells);
                  return (
                    <tr key={statement.id}>
                      <th scope="row">{findStatement(statement.id)?.text[locale] ?? statement.id}</th>
                      {cells.map((cell, index) => (
                        <TrendValueCell
                          key={trend.rounds[index]?.number}
                          cell={cell}
                          text={number}
                          labels={statusLabels}
                        />
                      ))}
                      {hasChange ? <td className={styles.number}>{change(lastChange(cells))}</td> : null}
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </ScrollRegion>
    </section>
  );
}
