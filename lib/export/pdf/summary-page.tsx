import { Text, View } from "@react-pdf/renderer";
import type { ExportContext } from "../context";
import { narrative } from "../narrative";
import { Bullet, Numbered } from "./parts";
import { styles } from "./styles";

/** The one-page summary that opens the report: what stands out, the top three, where partners differ, the background. */
export function SummaryPage({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t } = context;
  const story = narrative(diagnosis, locale, t);
  return (
    <View>
      <Text style={styles.h1}>{t("report.summaryTitle")}</Text>
      <Text style={[styles.muted, styles.paragraph]}>{t("report.summary.lead")}</Text>
      <Text style={styles.h2}>{t("report.summary.standsOutTitle")}</Text>
      {story.standsOut.map((sentence) => (
        <Bullet key={sentence}>{sentence}</Bullet>
      ))}
      <Text style={styles.h2}>{t("report.summary.topTitle")}</Text>
      {story.top.length === 0 ? <Text>{t("results.noAdvice")}</Text> : null}
      {story.top.map((item, index) => (
        <Numbered key={item.title} number={index + 1}>
          <Text style={styles.head}>{item.title}</Text>
          <Text>{item.text}</Text>
        </Numbered>
      ))}
      <Text style={styles.h2}>{t("report.summary.differencesTitle")}</Text>
      {story.differences.length === 0 ? (
        <Text>{t("report.summary.differencesNone")}</Text>
      ) : (
        <>
          <Text style={[styles.small, styles.paragraph]}>{t("report.summary.differencesLead")}</Text>
          {story.differences.map((difference) => (
            <Bullet key={difference.statement}>
              <Text style={styles.italic}>‘{difference.statement}’</Text>
              {difference.isReversed ? <Text style={styles.small}> ({t("report.summary.reversed")})</Text> : null}
              <Text> — {difference.figures}</Text>
            </Bullet>
          ))}
        </>
      )}
      {story.background.length > 0 ? (
        <>
          <Text style={styles.h2}>{t("report.summary.backgroundTitle")}</Text>
          {story.background.map((sentence) => (
            <Bullet key={sentence}>{sentence}</Bullet>
          ))}
        </>
      ) : null}
    </View>
  );
}
