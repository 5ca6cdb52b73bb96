import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ParadoxLegend } from "@/components/results/paradox-legend";
import { ParadoxLine } from "@/components/results/paradox-line";
import { PartnerFigureCell } from "@/components/results/partner-figure-cell";
import styles from "@/components/results/results.module.css";
import { findParadox } from "@/content";
import { formatPosition, formatPositionSpread } from "@/lib/i18n/figures";
import { groupColumns } from "@/lib/scoring/group-columns";
import { loadResults, type RoundParams } from "../load";

export default async function ParadoxResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const format = await getFormatter();
  const position = (value: number | null) => (value === null ? t("noData") : formatPosition(value, locale));
  const columns = groupColumns(diagnosis, t("pool"));

  return (
    <div className={styles.stack}>
      <div>
        <p>{t("paradoxLead")}</p>
        <p className="muted">{t("paradoxTerms")}</p>
      </div>
      <ParadoxLegend groups={columns} />
      {diagnosis.paradoxes.map((result) => {
        const paradox = findParadox(result.id);
        if (!paradox) return null;
        const poleA = paradox.poleA.name[locale];
        const poleB = paradox.poleB.name[locale];
        const markers = columns.flatMap((column) => {
          const value = column.paradoxes[result.id];
          return typeof value === "number"
            ? [{ name: column.name, position: value, colourIndex: column.colourIndex }]
            : [];
        });
        return (
          <section
            key={result.id}
            className={`card ${styles.paradoxCard}`}
            data-one-sided={result.isOneSided || undefined}
            data-contested={result.isContested || undefined}
            aria-labelledby={`${result.id}-title`}
          >
            <div className={styles.lensHeader}>
              <h2 id={`${result.id}-title`}>
                {poleA} – {poleB}
              </h2>
              {result.isOneSided ? <span className={styles.flag}>{t("oneSided")}</span> : null}
              {result.isContested ? <span className={styles.flag}>{t("contested")}</span> : null}
            </div>
            {result.current === null ? (
              <p className="muted">{t("band.insufficient")}</p>
            ) : (
              <>
                <ParadoxLine
                  label={`${poleA} – ${poleB}: ${t("paradoxNow", { value: position(result.current) })}`}
                  poleA={poleA}
                  poleB={poleB}
                  current={result.current}
                  desired={result.desired}
                  spread={result.spread}
                  partners={markers}
                />
                <dl className={styles.paradoxFigures} data-testid={`paradox-figures-${result.id}`}>
                  <div>
                    <dt>{t("paradoxNowTerm")}</dt>
                    <dd>{t("paradoxNow", { value: position(result.current) })}</dd>
                  </div>
                  {result.desired !== null ? (
                    <div>
                      <dt>{t("paradoxDesiredTerm")}</dt>
                      <dd>{t("paradoxDesired", { value: position(result.desired) })}</dd>
                    </div>
                  ) : null}
                  {result.spread !== null ? (
                    <div>
                      <dt>{t("paradoxSpreadTerm")}</dt>
                      <dd>{t("paradoxSpread", { value: formatPositionSpread(result.spread, locale) })}</dd>
                    </div>
                  ) : null}
                  {result.openness !== null ? (
                    <div>
                      <dt>{t("paradoxOpennessTerm")}</dt>
                      <dd>{t("paradoxOpenness", { value: format.number(result.openness) })}</dd>
                    </div>
                  ) : null}
                </dl>
                {columns.length > 0 ? (
                  <table className={`${styles.table} ${styles.compact}`}>
                    <caption className="visually-hidden">{t("position", { poleA, poleB })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("group")}</th>
                        <th scope="col" className={styles.number}>
                          {t("positionShort")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {columns.map((column) => (
                        <tr key={column.id}>
                          <th scope="row">{column.name}</th>
                          <PartnerFigureCell
                            value={column.paradoxes[result.id] ?? null}
                            text={position(column.paradoxes[result.id] ?? null)}
                            hiddenLabel={t("noData")}
                          />
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
