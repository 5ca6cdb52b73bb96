import { Text, View } from "@react-pdf/renderer";
import { formatScoreChange } from "../../i18n/figures";
import { lastChange } from "../../scoring/trend/build-trend";
import type { Trend, TrendCell } from "../../scoring/trend/types";
import type { ExportContext } from "../context";
import { lensName } from "../labels";
import { SectionTitle } from "./parts";
import { styles } from "./styles";

const LENS_WIDTH = 200;

/** Each lens in the previous round and this one, compared on the statements both asked, with a note when they differ. */
export function ChangeSection({ context, change }: { context: ExportContext; change: Trend }) {
  const { locale, t, format } = context;
  const [previous, current] = change.rounds;
  if (!previous || !current) return null;
  const cell = (entry: TrendCell | undefined) =>
    entry?.value != null
      ? format(entry.value)
      : t(`trend.status.${entry?.status === "shown" || !entry ? "insufficient" : entry.status}`);
  const signed = (value: number | null) => (value === null ? "–" : formatScoreChange(value, locale));
  const { basis } = change;
  return (
    <View>
      <SectionTitle>{t("results.changeTitle", { round: previous.number })}</SectionTitle>
      {basis.isSameItems && !basis.variantsDiffer && !basis.versionsDiffer ? null : (
        <Text style={[styles.muted, styles.paragraph]}>
          {t("trend.basisCompared", { count: basis.statementIds.length })}
        </Text>
      )}
      <View style={[styles.row, styles.head]}>
        <Text style={{ width: LENS_WIDTH }}>{t("trend.lensesTitle")}</Text>
        <Text style={styles.cell}>{t("trend.round", { round: previous.number })}</Text>
        <Text style={styles.cell}>{t("trend.round", { round: current.number })}</Text>
        <Text style={styles.cell}>{t("trend.change")}</Text>
      </View>
      {change.lenses.map((lens) => (
        <View key={lens.id} style={styles.row} wrap={false}>
          <Text style={{ width: LENS_WIDTH }}>{lensName(lens.id, locale)}</Text>
          <Text style={styles.cell}>{cell(lens.cells[0])}</Text>
          <Text style={styles.cell}>{cell(lens.cells[1])}</Text>
          <Text style={styles.cell}>{signed(lastChange(lens.cells))}</Text>
        </View>
      ))}
      <Text style={[styles.small, { marginTop: 4, marginBottom: 8 }]}>
        {t("trend.responseTitle")}:{" "}
        {change.rounds
          .map((round) =>
            t("trend.responseRound", {
              round: round.number,
              submitted: round.submittedCount,
              counted: round.respondentCount,
            }),
          )
          .join("; ")}
        .
      </Text>
    </View>
  );
}
