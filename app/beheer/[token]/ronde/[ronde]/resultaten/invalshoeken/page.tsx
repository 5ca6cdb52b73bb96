import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BandBadge } from "@/components/results/band-badge";
import { DistributionBar } from "@/components/results/distribution-bar";
import { FigureChip } from "@/components/results/figure-chip";
import { FigureLegend } from "@/components/results/figure-legend";
import styles from "@/components/results/results.module.css";
import ui from "@/components/ui/ui.module.css";
import { findLens, findStatement } from "@/content";
import { toneFor } from "@/lib/charts/palette";
import { formatMean, formatShare } from "@/lib/i18n/figures";
import { alphaVerdict } from "@/lib/scoring";
import { loadResults, type RoundParams } from "../load";

export default async function LensResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis, comments } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const format = await getFormatter();
  return (
    <div className={styles.stack}>
      <nav aria-label={t("tabs.lenses")} className={styles.jump}>
        {diagnosis.lenses.map((lens) => (
          <a key={lens.id} href={`#${lens.id}`}>
            {findLens(lens.id)?.name[locale]}
          </a>
        ))}
      </nav>
      <FigureLegend withDistribution />
      <p className={`muted ${styles.small}`}>{t("qualityNote")}</p>
      {diagnosis.lenses.map((lens) => {
        const content = findLens(lens.id);
        const statements = diagnosis.statements.filter((statement) => statement.lensId === lens.id);
        const alpha = diagnosis.quality.lenses.find((entry) => entry.id === lens.id)?.alpha ?? null;
        const quality = new Map(diagnosis.quality.statements.map((entry) => [entry.statementId, entry]));
        const lensComments = comments[lens.id] ?? [];
        return (
          <section key={lens.id} id={lens.id} className="card" aria-labelledby={`${lens.id}-title`}>
            <div className={styles.lensHeader}>
              <h2 id={`${lens.id}-title`}>{content?.name[locale]}</h2>
              <p className={styles.bigScore}>
                {lens.score === null ? t("noData") : t("score", { score: format.number(lens.score) })}
              </p>
              <BandBadge lens={lens} />
              {lens.consensus ? <span className={styles.consensus}>{t(`consensus.${lens.consensus}`)}</span> : null}
            </div>
            <p className="muted">
              {content?.leadingQuestion[locale]} · {t("respondentsWithScore", { count: lens.respondentCount })}
            </p>
            <p className={styles.small} data-testid={`alpha-${lens.id}`}>
              {alpha === null
                ? t("alphaTooFew", { count: diagnosis.quality.minRespondentsForAlpha })
                : t("alpha", {
                    alpha: format.number(alpha, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
                    verdict: t(`alphaVerdict.${alphaVerdict(alpha)}`),
                  })}
            </p>
            <table className={`${styles.table} ${ui.stackOnPhone}`} data-testid={`statements-${lens.id}`}>
              <caption className="visually-hidden">
                {t("statementsTitle")}: {content?.name[locale]}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("statement")}</th>
                  <th scope="col" className={styles.number}>
                    {t("meanAsWorded")}
                  </th>
                  <th scope="col" className={styles.number}>
                    {t("agreeShare")}
                  </th>
                  <th scope="col">{t("distribution")}</th>
                </tr>
              </thead>
              <tbody>
                {statements.map((statement) => {
                  const text = findStatement(statement.id);
                  const [one = 0, two = 0, three = 0, four = 0, five = 0] = statement.distribution ?? [];
                  return (
                    <tr key={statement.id} data-statement={statement.id}>
                      <th scope="row" className={styles.statementCell}>
                        {text?.text[locale]}
                        {text?.isReversed ? (
                          <>
                            {/* A space outside the inline-block, so the mark never sticks to the last word. */}{" "}
                            <span className={styles.reversed}>({t("reversed")})</span>
                          </>
                        ) : null}
                        {statement.isContested ? (
                          <span className={styles.contestedMark}> · {t("contested")}</span>
                        ) : null}
                      </th>
                      <td className={styles.number} data-label={t("meanAsWorded")}>
                        {statement.score === null || statement.mean === null ? (
                          t("noData")
                        ) : (
                          <FigureChip
                            score={statement.score}
                            text={formatMean(statement.mean, locale)}
                            toneLabel={t(`legend.tone.${toneFor(statement.score)}`)}
                          />
                        )}
                      </td>
                      <td className={styles.number} data-label={t("agreeShare")}>
                        {statement.agreeShare === null ? t("noData") : formatShare(statement.agreeShare, locale)}
                      </td>
                      <td data-label={t("distribution")}>
                        {statement.distribution ? (
                          <DistributionBar
                            counts={statement.distribution}
                            text={t("distributionText", { one, two, three, four, five })}
                          />
                        ) : null}
                        {statement.dontKnowCount > 0 ? (
                          <span className={styles.dontKnowLine}>
                            <span className={styles.small}>
                              {t("dontKnowShare", {
                                count: statement.dontKnowCount,
                                share: formatShare(quality.get(statement.id)?.dontKnowShare ?? 0, locale),
                              })}
                            </span>{" "}
                            {quality.get(statement.id)?.isFlagged ? (
                              <span className={styles.flag} data-testid="dont-know-flag">
                                {t("dontKnowFlag")}
                              </span>
                            ) : null}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <h3 className={styles.afterTable}>{t("commentsTitle")}</h3>
            {lensComments.length === 0 ? (
              <p className="muted">{t("noComments")}</p>
            ) : (
              <ul className={styles.comments}>
                {lensComments.map((comment, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: comments carry no id of their own on purpose (anonymity)
                  <li key={index}>“{comment}”</li>
                ))}
              </ul>
            )}
            <h3>{t("whatHelps")}</h3>
            <p>{content?.advice[locale]}</p>
          </section>
        );
      })}
    </div>
  );
}
