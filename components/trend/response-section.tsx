import { getFormatter } from "next-intl/server";
import type { Trend } from "@/lib/scoring";
import { ScrollRegion } from "../ui/scroll-region";
import styles from "./trend.module.css";
import { trendLabels } from "./trend-labels";

type RoundDates = { number: number; startedAt: Date; endsAt: Date | null };

/** How many completed the questionnaire in each round, and how many of them count in the figures. */
export async function ResponseSection({ trend, dates }: { trend: Trend; dates: RoundDates[] }) {
  const { t, roundName } = await trendLabels();
  const format = await getFormatter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <section className="card" aria-labelledby="response-title">
      <h2 id="response-title">{t("responseTitle")}</h2>
      <ScrollRegion className={styles.tableWrap} label={t("responseTitle")}>
        <table className={styles.table} data-testid="trend-response">
          <thead>
            <tr>
              <th scope="col">{t("roundAndPeriod")}</th>
              <th scope="col" className={styles.number}>
                {t("submitted")}
              </th>
              <th scope="col" className={styles.number}>
                {t("inFigures")}
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.rounds.map((round) => {
              const when = dates.find((entry) => entry.number === round.number);
              return (
                <tr key={round.number}>
                  <th scope="row">
                    {roundName(round.number)}
                    {when ? (
                      <span className={styles.count}>
                        {when.endsAt ? `${day(when.startedAt)} – ${day(when.endsAt)}` : day(when.startedAt)}
                      </span>
                    ) : null}
                  </th>
                  <td className={styles.number}>{round.submittedCount}</td>
                  <td className={styles.number}>{round.respondentCount}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
