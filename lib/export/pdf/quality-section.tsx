import { Text, View } from "@react-pdf/renderer";
import type { ExportContext } from "../context";
import { lensName, statementText } from "../labels";
import { Bullet } from "./parts";
import { styles } from "./styles";

/** From this share of "don't know" answers on, a statement is named: many people could not judge it. */
const DONT_KNOW_NOTABLE = 20;

/**
 * How far the figures can be trusted: per lens, how many answers they rest on
 * and the share of "don't know", and the statements many could not judge.
 */
export function QualitySection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t } = context;
  const share = (dontKnow: number, answers: number) =>
    answers + dontKnow === 0 ? 0 : Math.round((dontKnow / (answers + dontKnow)) * 100);
  const notable = diagnosis.statements
    .map((statement) => ({ statement, share: share(statement.dontKnowCount, statement.answerCount) }))
    .filter((entry) => entry.share >= DONT_KNOW_NOTABLE)
    .sort((a, b) => b.share - a.share);
  return (
    <View wrap={false}>
      <Text style={styles.h2}>{t("report.qualityTitle")}</Text>
      <Text style={[styles.muted, styles.paragraph]}>{t("report.qualityLead")}</Text>
      <View style={[styles.row, styles.head, { fontSize: 8.5 }]}>
        <Text style={styles.cellWide}>{t("results.lens")}</Text>
        <Text style={styles.cell}>{t("report.qualityRespondents")}</Text>
        <Text style={styles.cell}>{t("report.qualityAnswers")}</Text>
        <Text style={styles.cell}>{t("report.qualityDontKnow")}</Text>
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
          </View>
        );
      })}
      {notable.length > 0 ? (
        <View style={{ marginTop: 5 }}>
          <Text style={styles.paragraph}>{t("report.qualityNotable", { share: DONT_KNOW_NOTABLE })}</Text>
          {notable.map((entry) => (
            <Bullet
              key={entry.statement.id}
            >{`‘${statementText(entry.statement.id, locale)}’ — ${entry.share}%`}</Bullet>
          ))}
        </View>
      ) : (
        <Text style={{ marginTop: 5 }}>{t("report.qualityNoneNotable", { share: DONT_KNOW_NOTABLE })}</Text>
      )}
    </View>
  );
}
