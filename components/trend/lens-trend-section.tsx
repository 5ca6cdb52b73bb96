import { getLocale } from "next-intl/server";
import { findLens } from "@/content";
import type { Trend } from "@/lib/scoring";
import { TrendChart } from "../charts/trend-chart";
import { LensTrendTable } from "./lens-trend-table";
import styles from "./trend.module.css";
import { trendLabels } from "./trend-labels";

/** Each lens through the rounds, all respondents together: a line per lens and the same figures in a table. */
export async function LensTrendSection({ trend }: { trend: Trend }) {
  const { t, roundName } = await trendLabels();
  const locale = await getLocale();
  const points = trend.rounds.map((round, index) => ({
    round: roundName(round.number),
    ...Object.fromEntries(trend.lenses.map((lens) => [lens.id, lens.cells[index]?.value ?? null])),
  }));
  return (
    <section className="card" aria-labelledby="lenses-title" id="per-invalshoek">
      <h2 id="lenses-title">{t("lensesTitle")}</h2>
      <div className={styles.chartAndTable}>
        <TrendChart
          label={t("lensesCaption")}
          points={points}
          series={trend.lenses.map((lens, index) => ({
            key: lens.id,
            name: findLens(lens.id)?.name[locale] ?? lens.id,
            colourIndex: index,
          }))}
        />
        <LensTrendTable trend={trend} caption={t("lensesCaption")} />
      </div>
    </section>
  );
}
