import { Text, View } from "@react-pdf/renderer";
import { toneFor } from "../../charts/palette";
import type { ExportContext } from "../context";
import { isReversedStatement, statementText } from "../labels";
import { wordedValue } from "../worded-figure";
import { GroupHeader, SectionTitle, ToneChip } from "./parts";
import { styles } from "./styles";

/** The statements partners differ on most, each group's mean answer as worded beside the text, coloured by favourability. */
export function PartnersSection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t, format, columns } = context;
  const contested = diagnosis.contested.slice(0, 8);
  if (contested.length === 0 || columns.length < 2) return null;
  // The statement keeps at least half the width, however many groups stand beside it.
  const groupWidth = Math.min(70, Math.floor(230 / columns.length));
  return (
    <View style={{ marginBottom: 8 }}>
      <SectionTitle>{t("report.partnersTitle")}</SectionTitle>
      <Text style={[styles.small, styles.paragraph]}>{t("report.partnersLead")}</Text>
      <View style={[styles.row, styles.head, { fontSize: 8.5, alignItems: "flex-end" }]}>
        <Text style={styles.cellWide}>{t("results.statement")}</Text>
        <Text style={{ width: 40, textAlign: "center" }}>{t("results.overall")}</Text>
        {columns.map((column) => (
          <GroupHeader key={column.id} name={column.name} width={groupWidth} align="center" />
        ))}
      </View>
      {contested.map((entry) => {
        const statement = diagnosis.statements.find((candidate) => candidate.id === entry.statementId);
        const isReversed = isReversedStatement(entry.statementId);
        return (
          <View key={entry.statementId} style={[styles.row, { alignItems: "center" }]} wrap={false}>
            <Text style={styles.cellWide}>
              {statementText(entry.statementId, locale)}
              {isReversed ? <Text style={styles.small}> ({t("report.summary.reversed")})</Text> : null}
            </Text>
            <View style={{ width: 40, alignItems: "center" }}>
              {statement?.mean !== null && statement?.mean !== undefined && statement.score !== null ? (
                <ToneChip tone={toneFor(statement.score)} width={30}>
                  {format(statement.mean, 1)}
                </ToneChip>
              ) : (
                <Text>–</Text>
              )}
            </View>
            {columns.map((column) => {
              const value = wordedValue(
                column.statements[entry.statementId],
                column.statementMeans[entry.statementId],
                isReversed,
              );
              return (
                <View key={column.id} style={{ width: groupWidth, alignItems: "center" }}>
                  {value ? (
                    <ToneChip tone={value.tone} width={30}>
                      {format(value.mean, 1)}
                    </ToneChip>
                  ) : (
                    <Text>–</Text>
                  )}
                </View>
              );
            })}
          </View>
        );
      })}
    </View>
  );
}
