import { Text, View } from "@react-pdf/renderer";
import type { ExportContext } from "../context";
import { styles } from "./styles";

/** The cover: the collaboration, date and author, the basis, the response per partner and how to read the figures. */
export function Cover({
  context,
  scanName,
  date,
  advisor,
}: {
  context: ExportContext;
  scanName: string;
  date: string;
  advisor: string | null;
}) {
  const { diagnosis, t } = context;
  return (
    <View>
      <Text style={styles.coverTitle}>{t("report.title")}</Text>
      <Text style={styles.coverName}>{scanName}</Text>
      <Text>{t("report.date", { date })}</Text>
      {advisor ? <Text>{t("report.advisor", { advisor })}</Text> : null}
      <Text style={[styles.muted, { marginTop: 4 }]}>
        {diagnosis.isSelfAssessment
          ? t("results.selfAssessment")
          : t("results.basis", { count: diagnosis.respondentCount })}
      </Text>
      <Text style={styles.h2}>{t("report.responseTitle")}</Text>
      {diagnosis.partners.map((partner) => (
        <View key={partner.id} style={styles.row} wrap={false}>
          <Text style={styles.cellWide}>{partner.name}</Text>
          <Text style={[styles.cellWide, { textAlign: "right" }]}>
            {partner.status === "shown" || diagnosis.isSelfAssessment
              ? String(partner.respondents)
              : t(`results.partnerStatus.${partner.status}`, { threshold: diagnosis.threshold })}
          </Text>
        </View>
      ))}
      <Text style={styles.h2}>{t("report.readingTitle")}</Text>
      {(["1", "2", "3"] as const).map((key) => (
        <Text key={key} style={styles.paragraph}>
          {t(`report.reading.${key}`)}
        </Text>
      ))}
    </View>
  );
}
