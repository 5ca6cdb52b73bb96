import { Text, View } from "@react-pdf/renderer";
import type { ExportContext } from "../context";
import { Numbered, SectionTitle } from "./parts";
import { styles } from "./styles";

/** The questions for the next meeting, numbered; the numbers keep their own column, so "10." never wraps. */
export function AgendaSection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t } = context;
  return (
    <View>
      <SectionTitle>{t("report.agendaTitle")}</SectionTitle>
      <Text style={[styles.muted, styles.paragraph]}>{t("results.agendaLead")}</Text>
      {diagnosis.agenda.length === 0 ? <Text>{t("results.agendaEmpty")}</Text> : null}
      {diagnosis.agenda.map((item, index) => (
        <Numbered key={`${item.kind}-${item.refId}`} number={index + 1}>
          <Text>{item.question[locale]}</Text>
        </Numbered>
      ))}
    </View>
  );
}
