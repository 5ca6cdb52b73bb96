import { Text, View } from "@react-pdf/renderer";
import { findProblem } from "../../../content";
import type { ExportContext } from "../context";
import { evidenceLine } from "../evidence-line";
import { Bullet, SectionTitle } from "./parts";
import { styles } from "./styles";

/** The collaboration problems the diagnosis signals: what each is, what points to it, and what helps. */
export function ProblemsSection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t } = context;
  return (
    <View>
      <SectionTitle>{t("report.problemsTitle")}</SectionTitle>
      {diagnosis.problems.length === 0 ? <Text>{t("results.noProblems")}</Text> : null}
      {diagnosis.problems.map((result) => {
        const problem = findProblem(result.id);
        if (!problem) return null;
        return (
          <View key={result.id} style={{ marginBottom: 8 }}>
            <Text style={styles.h2} minPresenceAhead={70}>
              {problem.name[locale]} — {t(`results.confidence.${result.confidence}`)}
            </Text>
            <Text style={styles.paragraph}>{problem.description[locale]}</Text>
            <Text style={styles.h3} minPresenceAhead={30}>
              {t("results.evidenceTitle")}
            </Text>
            {result.evidence.map((evidence) => {
              const line = evidenceLine(evidence, locale);
              return <Bullet key={line}>{line}</Bullet>;
            })}
            <Text style={styles.h3} minPresenceAhead={30}>
              {t("results.interventionsTitle")}
            </Text>
            {problem.interventions.map((intervention) => (
              <Bullet key={intervention.id}>
                <Text style={styles.head}>{intervention.title[locale]}. </Text>
                {intervention.description[locale]}
              </Bullet>
            ))}
          </View>
        );
      })}
    </View>
  );
}
