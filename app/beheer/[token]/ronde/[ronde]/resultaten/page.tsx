import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReviewSection } from "@/components/actions/review-section";
import { managePaths } from "@/components/manage/paths";
import { BandBadge } from "@/components/results/band-badge";
import { ConfidenceBadge } from "@/components/results/confidence-badge";
import { ExportSection } from "@/components/results/export-section";
import { LensRadar } from "@/components/results/lens-radar";
import { PartnerFigureCell } from "@/components/results/partner-figure-cell";
import styles from "@/components/results/results.module.css";
import { RoundChangeSection } from "@/components/trend/round-change-section";
import { ScrollRegion } from "@/components/ui/scroll-region";
import ui from "@/components/ui/ui.module.css";
import { findLens, findProblem } from "@/content";
import { groupColumns } from "@/lib/scoring/group-columns";
import { loadResults, type RoundParams } from "./load";

export default async function ResultsOverviewPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, change, scan, review } = await loadResults(token, ronde);
  const paths = managePaths(token);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const format = await getFormatter();
  const columns = groupColumns(diagnosis, t("pool"));
  const lensName = (id: string) => findLens(id)?.name[locale] ?? id;
  const rows = diagnosis.lenses.map((lens) => ({
    lens: lensName(lens.id),
    overall: lens.score,
    ...Object.fromEntries(columns.map((column) => [column.id, column.lenses[lens.id]])),
  }));
  const number = (value: number | null) => (value === null ? t("noData") : format.number(value));

  return (
    <div className={styles.stack}>
      {review ? (
        <ReviewSection
          reviews={review}
          round={scan.round}
          token={token}
          actionsHref={paths.results(scan.round, "acties")}
        />
      ) : null}
      <section className="card" aria-labelledby="radar-title">
        <h2 id="radar-title">{t("radarTitle")}</h2>
        <div className={styles.radarGrid}>
          <LensRadar
            label={t("radarCaption")}
            rows={rows}
            series={[
              { key: "overall", name: t("overall"), isOverall: true, colourIndex: 0 },
              ...columns.map((column) => ({
                key: column.id,
                name: column.name,
                isOverall: false,
                colourIndex: column.colourIndex,
              })),
            ]}
          />
          <ScrollRegion className={styles.tableWrap} label={t("radarCaption")}>
            <p className={ui.scrollCaption} aria-hidden="true">
              {t("radarCaption")}
            </p>
            <table className={styles.table} data-testid="lens-table">
              <caption className="visually-hidden">{t("radarCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("lens")}</th>
                  <th scope="col" className={styles.number}>
                    {t("overall")}
                  </th>
                  {columns.map((column) => (
                    <th key={column.id} scope="col" className={styles.number}>
                      {column.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {diagnosis.lenses.map((lens) => (
                  <tr key={lens.id}>
                    <th scope="row">
                      {lensName(lens.id)} <BandBadge lens={lens} />
                    </th>
                    <td className={styles.number}>{number(lens.score)}</td>
                    {columns.map((column) => (
                      <PartnerFigureCell
                        key={column.id}
                        value={column.lenses[lens.id] ?? null}
                        text={number(column.lenses[lens.id] ?? null)}
                        hiddenLabel={t("noData")}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      </section>

      <section className="card" aria-labelledby="advice-title">
        <h2 id="advice-title">{t("adviceTitle")}</h2>
        {diagnosis.advice.length === 0 ? (
          <p>{t("noAdvice")}</p>
        ) : (
          <ol className={styles.advice} data-testid="advice">
            {diagnosis.advice.map((advice) => (
              <li key={`${advice.kind}-${advice.refId}`}>
                <strong>{advice.title[locale]}</strong>
                <p>{advice.reasoning[locale]}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="card" aria-labelledby="problems-title">
        <h2 id="problems-title">{t("problemsTitle")}</h2>
        {diagnosis.problems.length === 0 ? (
          <p>{t("noProblems")}</p>
        ) : (
          <ul className={styles.problemList}>
            {diagnosis.problems.map((problem) => (
              <li key={problem.id}>
                <a href={`${paths.results(scan.round, "vraagstukken")}#${problem.id}`}>
                  {findProblem(problem.id)?.name[locale]}
                </a>{" "}
                {/* Every problem shown is a concern: "possible" from 0.25 shows amber, "clear" from 0.5 red, never the green of good news. */}
                <meter min={0} max={1} low={0.25} high={0.5} optimum={0} value={problem.strength} aria-hidden="true" />{" "}
                <ConfidenceBadge confidence={problem.confidence} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {change ? <RoundChangeSection change={change} trendHref={paths.trend} /> : null}
      <ExportSection token={token} round={scan.round} />
    </div>
  );
}
