import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ParadoxLine } from "@/components/results/paradox-line";
import { PartnerFigureCell } from "@/components/results/partner-figure-cell";
import styles from "@/components/results/results.module.css";
import { findParadox } from "@/content";
import { seriesColour } from "@/lib/charts/palette";
import { groupColumns } from "@/lib/scoring/group-columns";
import { loadResults, type RoundParams } from "../load";

export default async function ParadoxResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis } = await loadResults(token, ronde);
  const locale = await getLocale();
  const t = await getTranslations("results");
  const format = await getFormatter();
  const position = (value: number | null) =>
    value === null ? t("noData") : format.number(value, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const columns = groupColumns(diagnosis, t("pool"));

  return (
    <div className={styles.stack}>
      <p>{t("paradoxLead")}</p>
      <ul className={styles.legendList} aria-label={t("positionTable")}>
        {columns.map((column) => (
          <li key={column.id}>
            <span
              className={styles.swatch}
              style={{ background: seriesColour(column.colourIndex) }}
              aria-hidden="true"
            />
            {column.name}
          </li>
        ))}
      </ul>
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
                <p className={styles.small}>
                  {t("paradoxNow", { value: position(result.current) })}
                  {result.desired !== null ? ` · ${t("paradoxDesired", { value: position(result.desired) })}` : ""}
                  {result.openness !== null
                    ? ` · ${t("paradoxOpenness", { value: format.number(result.openness) })}`
                    : ""}
                  {result.spread !== null
                    ? ` · ${t("paradoxSpread", { value: format.number(result.spread, { maximumFractionDigits: 2 }) })}`
                    : ""}
                </p>
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
