import { getLocale } from "next-intl/server";
import ui from "@/components/ui/ui.module.css";
import { findLens, type LensId } from "@/content";
import { lastChange, type Trend } from "@/lib/scoring";
import { TrendChart } from "../charts/trend-chart";
import { ScrollRegion } from "../ui/scroll-region";
import { chartedPartners, whyUncharted } from "./charted-partners";
import { RoundHeaderRow } from "./round-header-row";
import styles from "./trend.module.css";
import { TrendValueCell } from "./trend-cell";
import { trendLabels } from "./trend-labels";

/**
 * One lens per partner through the rounds, the lens chosen with links (they
 * work without JavaScript). Each cell says how many of the partner completed
 * the questionnaire that round, also where the figure is hidden.
 */
export async function PartnerTrendSection({
  trend,
  lens,
  lensHref,
}: {
  trend: Trend;
  lens: LensId;
  lensHref: (lens: LensId) => string;
}) {
  const { t, statusLabels, number, change, roundName } = await trendLabels();
  const locale = await getLocale();
  const lensName = (id: string) => findLens(id)?.name[locale] ?? id;
  const caption = t("partnersCaption", { lens: lensName(lens) });
  const overall = trend.lenses.find((entry) => entry.id === lens);
  const hasChange = trend.rounds.length > 1;
  // The words for a missing figure are explained only where one of them stands in the table.
  const hasStatusWord = trend.partners.some((partner) =>
    partner.rounds.some((entry) => entry.lenses[lens]?.status !== "shown"),
  );
  const { charted, uncharted } = chartedPartners(trend, lens);
  const roundNumbers = trend.rounds.map((round) => round.number);
  const words = {
    status: statusLabels,
    everyRound: (status: string) => t("everyRound", { status }),
    inRound: (round: number, status: string) => t("inRound", { round, status }),
  };
  const points = trend.rounds.map((round, index) => ({
    round: roundName(round.number),
    overall: overall?.cells[index]?.value ?? null,
    ...Object.fromEntries(
      trend.partners.map((partner) => [partner.key, partner.rounds[index]?.lenses[lens]?.value ?? null]),
    ),
  }));
  return (
    <section className="card" aria-labelledby="partners-title" id="per-partner">
      <h2 id="partners-title">{t("partnersTitle")}</h2>
      <nav aria-label={t("chooseLens")}>
        <ul className={styles.choices}>
          {trend.lenses.map((entry) => (
            <li key={entry.id}>
              <a href={lensHref(entry.id)} aria-current={entry.id === lens ? "true" : undefined}>
                {lensName(entry.id)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.chartAndTable}>
        <div>
          <TrendChart
            label={caption}
            points={points}
            series={[
              { key: "overall", name: t("overall"), colourIndex: 0, isOverall: true },
              // Dashed, as on the radar: partners whose figures coincide stay apart from the overall line.
              ...charted.map((partner) => ({ ...partner, isDashed: true })),
            ]}
          />
          {uncharted.length > 0 ? (
            <p className={`muted ${styles.notCharted}`} data-testid="trend-not-charted">
              {t("notCharted", { count: uncharted.length })}{" "}
              {uncharted.map((partner, index) => (
                <span key={partner.key}>
                  <strong>{partner.name}</strong> ({whyUncharted(partner, roundNumbers, words)})
                  {index < uncharted.length - 1 ? "; " : "."}
                </span>
              ))}
            </p>
          ) : null}
        </div>
        <ScrollRegion className={styles.tableWrap} label={caption}>
          <p className={ui.scrollCaption} aria-hidden="true">
            {caption}
          </p>
          <table className={styles.table} data-testid="trend-partners">
            <caption className="visually-hidden">{caption}</caption>
            <RoundHeaderRow
              first={t("partnersTitle")}
              rounds={trend.rounds.map((round) => ({ number: round.number, name: roundName(round.number) }))}
              changeLabel={hasChange ? t("change") : undefined}
            />
            <tbody>
              <tr>
                <th scope="row">{t("overall")}</th>
                {(overall?.cells ?? []).map((cell, index) => (
                  <TrendValueCell key={trend.rounds[index]?.number} cell={cell} text={number} labels={statusLabels} />
                ))}
                {hasChange ? <td className={styles.number}>{change(lastChange(overall?.cells ?? []))}</td> : null}
              </tr>
              {trend.partners.map((partner) => (
                <tr key={partner.key}>
                  <th scope="row">{partner.name}</th>
                  {partner.rounds.map((entry, index) => (
                    <TrendValueCell
                      key={trend.rounds[index]?.number}
                      cell={entry.lenses[lens]}
                      text={number}
                      labels={statusLabels}
                      note={entry.submitted === null ? undefined : t("partnerResponse", { count: entry.submitted })}
                    />
                  ))}
                  {hasChange ? (
                    <td className={styles.number}>
                      {change(lastChange(partner.rounds.map((entry) => entry.lenses[lens])))}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </div>
      {hasStatusWord ? <p className="muted">{t("legend")}</p> : null}
    </section>
  );
}
