import { Text, View } from "@react-pdf/renderer";
import { sourceDocuments } from "../../../content";
import type { ExportContext } from "../context";
import { Bullet, SectionTitle } from "./parts";
import { QualitySection } from "./quality-section";
import { styles } from "./styles";

/** The appendix: how the scan measures, how far the figures can be trusted, and the sources. */
export function MethodSection({ context }: { context: ExportContext }) {
  const { locale, t } = context;
  return (
    <View>
      <SectionTitle>{t("report.methodTitle")}</SectionTitle>
      {(["1", "2", "3", "4", "5"] as const).map((key) => (
        <Text key={key} style={styles.paragraph}>
          {t(`report.method.${key}`)}
        </Text>
      ))}
      <QualitySection context={context} />
      {/* The sources move to the next page as a whole, so the report never ends on a page with a line or two. */}
      <View wrap={false}>
        <Text style={styles.h2}>{t("report.sourcesTitle")}</Text>
        {sourceDocuments.map((document) => (
          <Bullet key={document.seed}>{`${withFullStop(document.citation)} ${document.usedFor[locale]}`}</Bullet>
        ))}
      </View>
    </View>
  );
}

/** A citation as a sentence: a title that ends in a question or exclamation mark ("Goed verbonden?") takes no full stop. */
function withFullStop(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
