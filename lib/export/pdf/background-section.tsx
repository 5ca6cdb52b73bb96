import { Text, View } from "@react-pdf/renderer";
import type { ExportContext } from "../context";
import { importanceOnAnswerScale, motiveLabel } from "../labels";
import { prevailingMode } from "../prevailing-mode";
import { CONTENT_WIDTH, GroupHeader, SectionTitle } from "./parts";
import { styles } from "./styles";

const MOTIVE_WIDTH = 120;
const OVERALL_WIDTH = 45;
const SHARED_WIDTH = 90;

/** The background step: the prevailing trust mode per group and the importance of each motive per group. */
export function BackgroundSection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t, format, columns } = context;
  const { trustModes, motives } = diagnosis.background;
  const shown = motives.filter((motive) => motive.importance !== null);
  if (!trustModes && shown.length === 0) return null;
  const groupWidth = (CONTENT_WIDTH - MOTIVE_WIDTH - OVERALL_WIDTH - SHARED_WIDTH) / Math.max(1, columns.length);
  const keyOf = (column: (typeof columns)[number]) => (column.isPool ? "pool" : column.id);
  const onScale = (importance: number | null | undefined) => {
    const value = importanceOnAnswerScale(importance);
    return value === null ? "–" : format(value, 1);
  };
  const trust = trustModes ? (
    <View wrap={false}>
      <Text style={styles.h2}>{t("slides.trustHeading")}</Text>
      {[
        { name: t("results.overall"), mode: prevailingMode(trustModes, null, locale, t) },
        ...columns.map((column) => ({
          name: column.name,
          mode: prevailingMode(trustModes, keyOf(column), locale, t),
        })),
      ].map((entry) => (
        <View key={entry.name} style={styles.row}>
          <Text style={styles.cellWide}>{entry.name}</Text>
          <Text style={[styles.cellWide, styles.head, { textAlign: "right" }]}>{entry.mode}</Text>
        </View>
      ))}
    </View>
  ) : null;
  const why =
    shown.length > 0 ? (
      <View wrap={false}>
        <Text style={styles.h2}>{t("slides.motivesHeading")}</Text>
        <View style={[styles.row, styles.head, { fontSize: 8.5, alignItems: "flex-end" }]}>
          <Text style={{ width: MOTIVE_WIDTH }}>{t("slides.motive")}</Text>
          <Text style={{ width: OVERALL_WIDTH, textAlign: "right" }}>{t("results.overall")}</Text>
          {columns.map((column) => (
            <GroupHeader key={column.id} name={column.name} width={groupWidth} />
          ))}
          <Text style={{ width: SHARED_WIDTH, textAlign: "right" }}>{t("slides.sharedColumn")}</Text>
        </View>
        {shown.map((motive) => (
          <View key={motive.id} style={styles.row}>
            <Text style={{ width: MOTIVE_WIDTH }}>{motiveLabel(motive.id, locale)}</Text>
            <Text style={{ width: OVERALL_WIDTH, textAlign: "right" }}>{onScale(motive.importance)}</Text>
            {columns.map((column) => (
              <Text key={column.id} style={{ width: groupWidth, textAlign: "right" }}>
                {onScale(motive.groups[keyOf(column)])}
              </Text>
            ))}
            <Text style={{ width: SHARED_WIDTH, textAlign: "right" }}>
              {motive.isShared === null ? "–" : motive.isShared ? t("slides.shared") : t("slides.notShared")}
            </Text>
          </View>
        ))}
        <Text style={[styles.small, { marginTop: 3 }]}>{t("slides.motivesNote")}</Text>
      </View>
    ) : null;
  return (
    <View>
      {/* The heading and its lead go to the next page with the first table rather than stand alone. */}
      <View wrap={false}>
        <SectionTitle>{t("slides.backgroundTitle")}</SectionTitle>
        <Text style={[styles.muted, styles.paragraph]}>{t("report.backgroundLead")}</Text>
        {trust ?? why}
      </View>
      {trust ? why : null}
    </View>
  );
}
