import { Text, View } from "@react-pdf/renderer";
import { findLens } from "../../../content";
import { toneFor } from "../../charts/palette";
import type { PublishedComments } from "../comments-table";
import type { ExportContext } from "../context";
import { isReversedStatement, lensName, statementText } from "../labels";
import { SectionTitle, ToneChip } from "./parts";
import { COLOURS, styles } from "./styles";

/**
 * A section per lens: its score and band, each statement beside its mean
 * answer as worded and the share agreeing (the colour says whether that is
 * favourable), what helps, and the respondents' comments the disclosure plan
 * publishes.
 */
export function LensSection({ context, comments }: { context: ExportContext; comments: PublishedComments }) {
  const { diagnosis, locale, t, format } = context;
  return (
    <View break>
      <SectionTitle>{t("report.lensesTitle")}</SectionTitle>
      <Text style={[styles.small, styles.paragraph]}>{t("report.statementsLead")}</Text>
      {diagnosis.lenses.map((lens) => {
        const content = findLens(lens.id);
        const lensComments = comments[lens.id] ?? [];
        const rows = diagnosis.statements
          .filter((statement) => statement.lensId === lens.id)
          .map((statement) => {
            const notes = [
              ...(isReversedStatement(statement.id) ? [t("report.summary.reversed")] : []),
              ...(statement.isContested ? [t("results.contested").toLowerCase()] : []),
            ];
            return (
              <View key={statement.id} style={[styles.row, { alignItems: "center" }]} wrap={false}>
                <View style={styles.cellWide}>
                  <Text>{statementText(statement.id, locale)}</Text>
                  {/* On a line of its own, as on screen: the renderer would break "(" from the word after it. */}
                  {notes.length > 0 ? <Text style={styles.small}>({notes.join(", ")})</Text> : null}
                </View>
                <View style={{ width: 48, alignItems: "center" }}>
                  {statement.mean !== null && statement.score !== null ? (
                    <ToneChip tone={toneFor(statement.score)}>{format(statement.mean, 1)}</ToneChip>
                  ) : (
                    <Text>–</Text>
                  )}
                </View>
                <Text style={{ width: 44, textAlign: "right" }}>
                  {statement.agreeShare === null ? "–" : `${statement.agreeShare}%`}
                </Text>
              </View>
            );
          });
        const last = rows.pop();
        return (
          <View key={lens.id} style={{ marginBottom: 10 }}>
            <Text style={styles.h2} minPresenceAhead={90}>
              {lensName(lens.id, locale)} —{" "}
              {lens.score === null
                ? t(`results.band.${lens.status === "suppressed" ? "suppressed" : "insufficient"}`)
                : `${t("results.score", { score: lens.score })} · ${t(`results.band.${lens.band ?? "insufficient"}`)}`}
            </Text>
            <Text style={[styles.muted, { marginBottom: 3 }]}>{content?.leadingQuestion[locale]}</Text>
            <View style={[styles.row, styles.head, { fontSize: 8.5 }]} fixed={false}>
              <Text style={styles.cellWide}>{t("results.statement")}</Text>
              <Text style={{ width: 48, textAlign: "center" }}>{t("report.meanColumn")}</Text>
              <Text style={{ width: 44, textAlign: "right" }}>{t("report.agreeColumn")}</Text>
            </View>
            {rows}
            {/* "What helps" stays with the lens's last statement rather than open the next page alone. */}
            <View wrap={false}>
              {last}
              <Text style={{ marginTop: 4 }}>
                <Text style={styles.head}>{t("results.whatHelps")}: </Text>
                {content?.advice[locale]}
              </Text>
            </View>
            {lensComments.length > 0 ? (
              <View style={{ marginTop: 5 }}>
                <Text style={[styles.head, { color: COLOURS.accent, marginBottom: 2 }]} minPresenceAhead={30}>
                  {t("results.commentsTitle")}
                </Text>
                {lensComments.map((comment) => (
                  <Text key={comment} style={styles.quote} wrap={false}>
                    “{comment}”
                  </Text>
                ))}
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}
