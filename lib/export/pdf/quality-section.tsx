import { Text, View } from "@react-pdf/renderer";
import { alphaVerdict, DONT_KNOW_FLAG_COUNT, DONT_KNOW_FLAG_SHARE, whyNoAlpha } from "../../scoring/quality";
import type { ExportContext } from "../context";
import { lensName, statementText } from "../labels";
import { Bullet } from "./parts";
import { styles } from "./styles";

/** Wide enough for "niet berekend: minder dan 10 respondenten" on two lines. */
const coherenceCell = { flex: 2.2, paddingLeft: 8 };

/**
 * How far the figures can be trusted, as the lenses page shows it: per lens
 * how many answers they rest on, the share of "don't know" and how closely
 * its statements hang together (Cronbach's α, or why there is none), and the
 * statements too many could not judge. Every figure comes from the
 * diagnosis's measurement quality, so the report flags what the screen flags.
 */
export function QualitySection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t, format } = context;
  const { quality } = diagnosis;
  const share = (dontKnow: number, answers: number) =>
    answers + dontKnow === 0 ? 0 : Math.round((dontKnow / (answers + dontKnow)) * 100);
  const flagged = quality.statements
    .filter((entry) => entry.isFlagged)
    .sort((a, b) => (b.dontKnowShare ?? 0) - (a.dontKnowShare ?? 0));
  const rule = { share: Math.round(DONT_KNOW_FLAG_SHARE * 100), count: DONT_KNOW_FLAG_COUNT };
  const coherence = (lensId: string) => {
    const lens = quality.lenses.find((entry) => entry.id === lensId);
    if (!lens) return "";
    if (lens.alpha !== null) {
      const verdict = t(`report.qualityAlphaVerdict.${alphaVerdict(lens.alpha)}`);
      return t("report.qualityAlpha", { alpha: format(lens.alpha, 2), verdict });
    }
    const why = whyNoAlpha(lens, quality) ?? "no-spread";
    return t(`report.qualityAlphaMissing.${why}`, { count: quality.minRespondentsForAlpha });
  };
  return (
    <View wrap={false}>
      <Text style={styles.h2}>{t("report.qualityTitle")}</Text>
      <Text style={[styles.muted, styles.paragraph]}>{t("report.qualityLead")}</Text>
      <View style={[styles.row, styles.head, { fontSize: 8.5 }]}>
        <Text style={styles.cellWide}>{t("results.lens")}</Text>
        <Text style={styles.cell}>{t("report.qualityRespondents")}</Text>
        <Text style={styles.cell}>{t("report.qualityAnswers")}</Text>
        <Text style={styles.cell}>{t("report.qualityDontKnow")}</Text>
        <Text style={coherenceCell}>{t("report.qualityCoherence")}</Text>
      </View>
      {diagnosis.lenses.map((lens) => {
        const statements = diagnosis.statements.filter((statement) => statement.lensId === lens.id);
        const dontKnow = statements.reduce((sum, statement) => sum + statement.dontKnowCount, 0);
        return (
          <View key={lens.id} style={styles.row}>
            <Text style={styles.cellWide}>{lensName(lens.id, locale)}</Text>
            <Text style={styles.cell}>{lens.respondentCount}</Text>
            <Text style={styles.cell}>{lens.answerCount}</Text>
            <Text style={styles.cell}>{`${share(dontKnow, lens.answerCount)}%`}</Text>
            <Text style={coherenceCell}>{coherence(lens.id)}</Text>
          </View>
        );
      })}
      <Text style={[styles.small, { marginTop: 4 }]}>
        {t("report.qualityAlphaExplained", { count: quality.minRespondentsForAlpha })}
      </Text>
      {flagged.length > 0 ? (
        <View style={{ marginTop: 6 }}>
          <Text style={styles.paragraph}>{t("report.qualityNotable", rule)}</Text>
          {flagged.map((entry) => (
            <Bullet key={entry.statementId}>
              {t("report.qualityFlagged", {
                statement: statementText(entry.statementId, locale),
                share: entry.dontKnowShare ?? 0,
              })}
            </Bullet>
          ))}
        </View>
      ) : (
        <Text style={{ marginTop: 6 }}>{t("report.qualityNoneNotable", rule)}</Text>
      )}
    </View>
  );
}
