import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Trend } from "@/lib/scoring";
import { LensTrendTable } from "./lens-trend-table";
import styles from "./trend.module.css";
import { TrendBasisNote } from "./trend-basis-note";

/** On a round's overview: each lens in the previous round and this one, and the way to the whole trend. */
export async function RoundChangeSection({ change, trendHref }: { change: Trend; trendHref: string }) {
  const t = await getTranslations("results");
  const tTrend = await getTranslations("trend");
  const [previous, current] = change.rounds;
  if (!previous || !current) return null;
  return (
    <section className="card" aria-labelledby="change-title">
      <h2 id="change-title">{t("changeTitle", { round: previous.number })}</h2>
      <div className={styles.stack}>
        <TrendBasisNote trend={change} />
        <LensTrendTable
          trend={change}
          caption={tTrend("changeCaption", { from: previous.number, to: current.number })}
        />
        <p>
          <Link href={trendHref}>{t("trendLink")}</Link>
        </p>
      </div>
    </section>
  );
}
