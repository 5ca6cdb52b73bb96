import { getTranslations } from "next-intl/server";
import { AGREEMENT_COLOURS, scoreColour } from "@/lib/charts/palette";
import styles from "./results.module.css";

const ANSWERS = ["1", "2", "3", "4", "5"] as const;

/**
 * How to read the figures beside statements: the number as worded, the
 * colour as good or bad news; and, where bars are shown, the colours of the
 * five answers.
 */
export async function FigureLegend({ withDistribution = false }: { withDistribution?: boolean }) {
  const t = await getTranslations("results.legend");
  return (
    <div className={styles.legend} data-testid="figure-legend">
      <p className={styles.legendText}>{t("reading")}</p>
      <ul className={styles.legendList} aria-label={t("toneLabel")}>
        <li className={styles.legendHeading} aria-hidden="true">
          {t("toneLabel")}:
        </li>
        {(
          [
            ["favourable", 100],
            ["middling", 50],
            ["unfavourable", 0],
          ] as const
        ).map(([tone, score]) => (
          <li key={tone}>
            <span className={styles.legendSwatch} style={{ background: scoreColour(score) }} aria-hidden="true" />
            {t(`tone.${tone}`)}
          </li>
        ))}
      </ul>
      {withDistribution ? (
        <ul className={styles.legendList} aria-label={t("distributionLabel")}>
          <li className={styles.legendHeading} aria-hidden="true">
            {t("distributionLabel")}:
          </li>
          {ANSWERS.map((answer, index) => (
            <li key={answer}>
              <span
                className={styles.legendSwatch}
                style={{ background: AGREEMENT_COLOURS[index] }}
                aria-hidden="true"
              />
              {t(`answer.${answer}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
