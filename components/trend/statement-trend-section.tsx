import { getTranslations } from "next-intl/server";
import ui from "@/components/ui/ui.module.css";
import { findLens, findStatement } from "@/content";
import { toneFor } from "@/lib/charts/palette";
import { lastChange, type Trend, type TrendStatementCell } from "@/lib/scoring";
import { FigureChip } from "../results/figure-chip";
import { FigureLegend } from "../results/figure-legend";
import results from "../results/results.module.css";
import { ScrollRegion } from "../ui/scroll-region";
import { RoundHeaderRow } from "./round-header-row";
import styles from "./trend.module.css";
import { TrendValueCell } from "./trend-cell";
import { trendLabels } from "./trend-labels";

/**
 * Every compared statement through the rounds, lens by lens, for all
 * respondents or for one partner (chosen with links). Only the statements
 * every round asked are listed. Beside a statement's text each figure reads
 * as the statement is worded (the mean answer on 1–5), as on the results
 * pages; the colour says whether that is good or bad news, and for the
 * change whether the statement came out more or less favourable.
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
  const { t, locale, statusLabels, mean, meanChange, roundName } = await trendLabels();
  const tResults = await getTranslations("results");
  const partner = trend.partners.find((entry) => entry.key === group) ?? null;
  const cellsOf = (statementId: string, overall: TrendStatementCell[]): TrendStatementCell[] =>
    partner
      ? partner.rounds.map((entry) => entry.statements[statementId] ?? { value: null, status: "absent", mean: null })
      : overall;
  const toneLabel = (score: number) => tResults(`legend.tone.${toneFor(score)}`);
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
        <p className={ui.scrollCaption} aria-hidden="true">
          {caption}
        </p>
        <table className={styles.table} data-testid="trend-statements">
          <caption className="visually-hidden">{caption}</caption>
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
                      <th scope="row">
                        {findStatement(statement.id)?.text[locale] ?? statement.id}
                        {statement.isReversed ? (
                          <>
                            {" "}
                            <span className={results.reversed}>({tResults("reversed")})</span>
                          </>
                        ) : null}
                      </th>
                      {cells.map((cell, index) => (
                        <TrendValueCell
                          key={trend.rounds[index]?.number}
                          cell={cell}
                          text={(value) =>
                            cell.mean === null ? (
                              "–"
                            ) : (
                              <FigureChip score={value} text={mean(cell.mean)} toneLabel={toneLabel(value)} />
                            )
                          }
                          labels={statusLabels}
                        />
                      ))}
                      {hasChange ? (
                        <ChangeCell
                          text={meanChange(lastChange(cells, (cell) => cell.mean))}
                          scoreChange={lastChange(cells)}
                          labels={{
                            better: t("changeTone.better"),
                            worse: t("changeTone.worse"),
                            same: t("changeTone.same"),
                          }}
                        />
                      ) : null}
                    </tr>
                  );
                })}
              </tbody>
            );
          })}
        </table>
      </ScrollRegion>
      <p className="muted">{t("statementsReading")}</p>
      <FigureLegend />
    </section>
  );
}

/**
 * The change of a statement's mean as worded, coloured by whether the
 * statement came out more favourable (blue) or less (orange), with that said
 * in words for screen readers.
 */
function ChangeCell({
  text,
  scoreChange,
  labels,
}: {
  text: string;
  scoreChange: number | null;
  labels: { better: string; worse: string; same: string };
}) {
  if (scoreChange === null) return <td className={styles.number}>{text}</td>;
  const direction = scoreChange > 0 ? "better" : scoreChange < 0 ? "worse" : "same";
  return (
    <td className={styles.number} data-change={direction}>
      <FigureChip score={Math.max(0, Math.min(100, 50 + scoreChange))} text={text} toneLabel={labels[direction]} />
    </td>
  );
}
