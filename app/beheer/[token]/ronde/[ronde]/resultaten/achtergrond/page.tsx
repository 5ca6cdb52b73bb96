import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import styles from "@/components/results/results.module.css";
import { ScrollRegion } from "@/components/ui/scroll-region";
import ui from "@/components/ui/ui.module.css";
import { formatMean, formatStepGap } from "@/lib/i18n/figures";
import { contextOptions } from "@/lib/instrument/labels";
import type { TrustUndecided } from "@/lib/scoring";
import { loadResults, type RoundParams } from "../load";

/**
 * The background step as results (full scan): which of the four trust modes
 * prevails per partner group, and whether partners share their motives to
 * collaborate. Groups are those the disclosure plan publishes.
 */
export default async function BackgroundResultsPage({ params }: { params: RoundParams }) {
  const { token, ronde } = await params;
  const { diagnosis } = await loadResults(token, ronde);
  const { trustModes, motives } = diagnosis.background;
  if (!trustModes) notFound();
  const locale = await getLocale();
  const t = await getTranslations("results.background");
  const tResults = await getTranslations("results");
  const modes = contextOptions("context.trust-mode");
  const motiveOptions = contextOptions("context.motives");
  // No prevailing mode: say whether the answers split evenly or too few answered.
  const modeName = (code: number | null | undefined, reason: TrustUndecided | null | undefined) =>
    modes.find((mode) => mode.code === code)?.label[locale] ??
    (reason === "too-few" ? t("tooFewAnswers") : t("noneprevails"));
  const groupName = (id: string) =>
    id === "pool" ? tResults("pool") : (diagnosis.partners.find((partner) => partner.id === id)?.name ?? id);
  const groupIds = Object.keys(trustModes.groups);
  const total = Object.values(trustModes.counts).reduce((sum, count) => sum + count, 0);
  const importance = (value: number | null | undefined) =>
    value === null || value === undefined ? tResults("noData") : formatMean(1 + value / 25, locale);

  return (
    <div className={styles.stack}>
      <section className="card" aria-labelledby="trust-title">
        <h2 id="trust-title">{t("trustTitle")}</h2>
        <p>{t("trustLead")}</p>
        <dl className={styles.modes}>
          {modes.map((mode) => (
            <div key={mode.id}>
              <dt>{mode.label[locale]}</dt>
              <dd>{mode.description?.[locale]}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.source}>{t("trustSource")}</p>
        <h3>{t("trustOverall")}</h3>
        <ul className={styles.modeCounts} data-testid="trust-counts">
          {modes.map((mode) => {
            const count = trustModes.counts[mode.code] ?? 0;
            return (
              <li key={mode.id}>
                <span className={styles.modeName}>{mode.label[locale]}</span>
                <span className={styles.modeBar} aria-hidden="true">
                  <span style={{ width: total === 0 ? 0 : `${(count / total) * 100}%` }} />
                </span>
                <span className={styles.modeCount}>{t("answers", { count })}</span>
              </li>
            );
          })}
        </ul>
        <p>
          <strong>{t("prevailingOverall")}</strong>{" "}
          <span data-testid="trust-prevailing">{modeName(trustModes.prevailing, trustModes.undecided.overall)}</span>
        </p>
        {groupIds.length > 0 ? (
          <>
            <h3>{t("perGroupTitle")}</h3>
            <ul className={styles.consensusList} data-testid="trust-per-group">
              {groupIds.map((id) => (
                <li key={id}>
                  <strong>{groupName(id)}</strong>: {modeName(trustModes.groups[id], trustModes.undecided.groups[id])}
                </li>
              ))}
            </ul>
            <p className="muted">{t("perGroupNote")}</p>
          </>
        ) : null}
      </section>

      <section className="card" aria-labelledby="motives-title">
        <h2 id="motives-title">{t("motivesTitle")}</h2>
        <p>{t("motivesLead")}</p>
        <ScrollRegion className={styles.tableWrap} label={t("motivesTitle")}>
          <table className={`${styles.table} ${ui.stackOnPhone}`} data-testid="motives">
            <caption className="visually-hidden">{t("motivesTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("motive")}</th>
                <th scope="col" className={styles.number}>
                  {tResults("overall")}
                </th>
                {groupIds.map((id) => (
                  <th key={id} scope="col" className={styles.number}>
                    {groupName(id)}
                  </th>
                ))}
                <th scope="col">{t("shared")}</th>
              </tr>
            </thead>
            <tbody>
              {motives.map((motive) => {
                const option = motiveOptions.find((candidate) => candidate.id === motive.id);
                return (
                  <tr key={motive.id}>
                    <th scope="row" className={styles.statementCell}>
                      {option?.label[locale] ?? motive.id}
                      {option?.description ? <span className={styles.small}>{option.description[locale]}</span> : null}
                    </th>
                    <td className={styles.number} data-label={tResults("overall")}>
                      {importance(motive.importance)}
                    </td>
                    {groupIds.map((id) => (
                      <td key={id} className={styles.number} data-label={groupName(id)}>
                        {importance(motive.groups[id])}
                      </td>
                    ))}
                    <td data-label={t("shared")}>
                      {motive.isShared === null
                        ? tResults("noData")
                        : motive.isShared
                          ? t("sharedYes")
                          : t("sharedNo", { gap: formatStepGap(motive.partnerGap ?? 0, locale) })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="muted">{t("motivesScale")}</p>
        <p className={styles.source}>{t("motivesSource")}</p>
      </section>
    </div>
  );
}
