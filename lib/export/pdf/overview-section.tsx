import { Text, View } from "@react-pdf/renderer";
import type { ExportContext } from "../context";
import { lensName } from "../labels";
import { RadarChart } from "./charts";
import { CONTENT_WIDTH, GroupHeader, Legend } from "./parts";
import { styles } from "./styles";

const LENS_WIDTH = 110;
const OVERALL_WIDTH = 40;
const BAND_WIDTH = 97;
/** A word beside a figure: set apart from the total, read from the left as text is. */
const BAND_GAP = 12;

/** The five lenses at a glance: the radar with a line per group, and the scores side by side with their bands. */
export function OverviewSection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t, format, columns } = context;
  const groupWidth = (CONTENT_WIDTH - LENS_WIDTH - OVERALL_WIDTH - BAND_WIDTH) / Math.max(1, columns.length);
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? "–" : format(value));
  const band = (lens: (typeof diagnosis.lenses)[number]) =>
    t(`results.band.${lens.band ?? (lens.status === "suppressed" ? "suppressed" : "insufficient")}`);
  return (
    <View>
      <Text style={styles.h1}>{t("report.overviewTitle")}</Text>
      <Text style={[styles.muted, styles.paragraph]}>{t("report.overviewLead")}</Text>
      <View style={{ alignItems: "center" }}>
        <RadarChart
          labels={diagnosis.lenses.map((lens) => lensName(lens.id, locale))}
          series={[
            { name: t("results.overall"), values: diagnosis.lenses.map((lens) => lens.score), colourIndex: null },
            ...columns.map((column) => ({
              name: column.name,
              values: diagnosis.lenses.map((lens) => column.lenses[lens.id]),
              colourIndex: column.colourIndex,
            })),
          ]}
        />
        <Legend
          items={[
            { label: t("results.overall"), colourIndex: null },
            ...columns.map((column) => ({ label: column.name, colourIndex: column.colourIndex })),
          ]}
        />
      </View>
      <View style={[styles.row, styles.head, { alignItems: "flex-end" }]}>
        <Text style={{ width: LENS_WIDTH }}>{t("results.lens")}</Text>
        <Text style={{ width: OVERALL_WIDTH, textAlign: "right" }}>{t("results.overall")}</Text>
        <Text style={{ width: BAND_WIDTH, paddingLeft: BAND_GAP }}>{t("report.band")}</Text>
        {columns.map((column) => (
          <GroupHeader key={column.id} name={column.name} width={groupWidth} />
        ))}
      </View>
      {diagnosis.lenses.map((lens) => (
        <View key={lens.id} style={styles.row} wrap={false}>
          <Text style={{ width: LENS_WIDTH }}>{lensName(lens.id, locale)}</Text>
          <Text style={[styles.head, { width: OVERALL_WIDTH, textAlign: "right" }]}>{shown(lens.score)}</Text>
          <Text style={{ width: BAND_WIDTH, paddingLeft: BAND_GAP }}>{band(lens)}</Text>
          {columns.map((column) => (
            <Text key={column.id} style={{ width: groupWidth, textAlign: "right" }}>
              {shown(column.lenses[lens.id])}
            </Text>
          ))}
        </View>
      ))}
      <Text style={[styles.small, { marginTop: 4 }]}>{t("report.scoreNote")}</Text>
      <Text style={styles.h2}>{t("results.consensusTitle")}</Text>
      {diagnosis.lenses.map((lens) => (
        <View key={lens.id} style={styles.row} wrap={false}>
          <Text style={styles.cellWide}>{lensName(lens.id, locale)}</Text>
          <Text style={[styles.cellWide, { textAlign: "right" }]}>
            {lens.consensus ? t(`results.consensus.${lens.consensus}`) : "–"}
          </Text>
        </View>
      ))}
      <Text style={[styles.small, { marginTop: 6 }]}>
        {t("results.hiddenExplanation", { threshold: diagnosis.scan.anonymityThreshold })}
      </Text>
    </View>
  );
}
