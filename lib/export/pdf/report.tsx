import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { findLens, findParadox, findProblem, findStatement, type Locale, sourceDocuments } from "../../../content";
import { seriesColour } from "../../charts/palette";
import { describeSignal, type SignalTranslator } from "../../instrument/describe-signal";
import { groupColumns } from "../../scoring/group-columns";
import type { Diagnosis } from "../../scoring/types";
import { ParadoxLine, RadarChart } from "./charts";

/**
 * The board report: cover, summary with the radar, a section per lens, the
 * paradox profile, partners side by side, problems with evidence and
 * interventions, the dialogue agenda, and the method and sources. Texts come
 * from the message files through `t`, in the scan's language.
 */
export type ReportTranslator = (key: string, values?: Record<string, string | number>) => string;

export type ReportProps = {
  diagnosis: Diagnosis;
  scanName: string;
  locale: Locale;
  date: string;
  advisor: string | null;
  t: ReportTranslator;
  signalText: SignalTranslator;
};

const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 48,
    fontFamily: "Helvetica",
    fontSize: 10,
    color: "#1b2430",
    lineHeight: 1.4,
  },
  coverTitle: {
    fontSize: 30,
    fontFamily: "Helvetica-Bold",
    marginTop: 120,
    marginBottom: 14,
    color: "#143a6b",
    lineHeight: 1.2,
  },
  coverName: { fontSize: 20, marginBottom: 24, lineHeight: 1.3 },
  h1: { fontSize: 18, fontFamily: "Helvetica-Bold", color: "#143a6b", marginBottom: 10 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 12, marginBottom: 6 },
  muted: { color: "#4f5b6b" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#d5dbe3", paddingVertical: 3 },
  head: { fontFamily: "Helvetica-Bold" },
  cellWide: { flex: 3, paddingRight: 6 },
  cell: { flex: 1, textAlign: "right" },
  paragraph: { marginBottom: 6 },
  bullet: { flexDirection: "row", marginBottom: 4 },
  bulletMark: { width: 12 },
  bulletText: { flex: 1 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 48,
    right: 48,
    fontSize: 8,
    color: "#4f5b6b",
    flexDirection: "row",
    justifyContent: "space-between",
  },
  band: { fontFamily: "Helvetica-Bold" },
  legend: { flexDirection: "row", flexWrap: "wrap", marginTop: 4 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 12, marginBottom: 3 },
  swatch: { width: 8, height: 8, marginRight: 4 },
  poles: { flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: "#4f5b6b" },
});

function Bullet({ children }: { children: string }) {
  return (
    <View style={styles.bullet}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{children}</Text>
    </View>
  );
}

export function Report({ diagnosis, scanName, locale, date, advisor, t, signalText }: ReportProps) {
  const lensNames = diagnosis.lenses.map((lens) => findLens(lens.id)?.name[locale] ?? lens.id);
  const columns = groupColumns(diagnosis, t("results.pool"));
  const partnerName = (id: string) => diagnosis.partners.find((partner) => partner.id === id)?.name ?? id;
  const number = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 2 });
  const shown = (value: number | null) => (value === null ? "–" : number.format(value));
  const bandText = (band: string | null, status: string) =>
    t(`results.band.${band ?? (status === "suppressed" ? "suppressed" : "insufficient")}`);
  const footer = (
    <View style={styles.footer} fixed>
      <Text>
        {t("report.title")} · {scanName}
      </Text>
      <Text render={({ pageNumber, totalPages }) => t("report.page", { page: pageNumber, pages: totalPages })} />
    </View>
  );

  return (
    <Document title={`${t("report.title")} – ${scanName}`} author={advisor ?? undefined} language={locale}>
      <Page size="A4" style={styles.page}>
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
          <View key={partner.id} style={styles.row}>
            <Text style={styles.cellWide}>{partner.name}</Text>
            <Text style={[styles.cellWide, { textAlign: "right" }]}>
              {partner.status === "shown" || diagnosis.isSelfAssessment
                ? String(partner.respondents)
                : t(`results.partnerStatus.${partner.status}`, { threshold: diagnosis.threshold })}
            </Text>
          </View>
        ))}
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("report.summaryTitle")}</Text>
        <Text style={styles.h2}>{t("results.adviceTitle")}</Text>
        {diagnosis.advice.length === 0 ? <Text>{t("results.noAdvice")}</Text> : null}
        {diagnosis.advice.map((advice, index) => (
          <View key={`${advice.kind}-${advice.refId}`} style={styles.paragraph} wrap={false}>
            <Text style={styles.head}>
              {index + 1}. {advice.title[locale]}
            </Text>
            <Text>{advice.reasoning[locale]}</Text>
          </View>
        ))}
        <Text style={styles.h2}>{t("results.radarTitle")}</Text>
        <View style={{ flexDirection: "row", alignItems: "flex-start" }}>
          <RadarChart
            labels={lensNames}
            series={[
              { name: t("results.overall"), values: diagnosis.lenses.map((lens) => lens.score), colourIndex: null },
              ...columns.map((column) => ({
                name: column.name,
                values: diagnosis.lenses.map((lens) => column.lenses[lens.id]),
                colourIndex: column.colourIndex,
              })),
            ]}
          />
          <View style={{ flex: 1, marginLeft: 12, marginTop: 40 }}>
            {diagnosis.lenses.map((lens, index) => (
              <View key={lens.id} style={styles.row}>
                <Text style={styles.cellWide}>{lensNames[index]}</Text>
                <Text style={styles.cell}>{shown(lens.score)}</Text>
                <Text style={[styles.cellWide, { textAlign: "right" }]}>{bandText(lens.band, lens.status)}</Text>
              </View>
            ))}
            <View style={styles.legend}>
              <View style={styles.legendItem}>
                <View style={[styles.swatch, { backgroundColor: "#1b2430" }]} />
                <Text>{t("results.overall")}</Text>
              </View>
              {columns.map((column) => (
                <View key={column.id} style={styles.legendItem}>
                  <View style={[styles.swatch, { backgroundColor: seriesColour(column.colourIndex) }]} />
                  <Text>{column.name}</Text>
                </View>
              ))}
            </View>
          </View>
        </View>
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("report.lensesTitle")}</Text>
        {diagnosis.lenses.map((lens, index) => {
          const content = findLens(lens.id);
          return (
            <View key={lens.id} style={{ marginBottom: 10 }}>
              <Text style={styles.h2} minPresenceAhead={80}>
                {lensNames[index]} —{" "}
                {lens.score === null
                  ? bandText(null, lens.status)
                  : `${lens.score} · ${bandText(lens.band, lens.status)}`}
              </Text>
              <Text style={styles.muted}>{content?.leadingQuestion[locale]}</Text>
              {diagnosis.statements
                .filter((statement) => statement.lensId === lens.id)
                .map((statement) => (
                  <View key={statement.id} style={styles.row} wrap={false}>
                    <Text style={styles.cellWide}>
                      {findStatement(statement.id)?.text[locale]}
                      {statement.isContested ? ` (${t("results.contested")})` : ""}
                    </Text>
                    <Text style={styles.cell}>{shown(statement.score)}</Text>
                  </View>
                ))}
              <Text style={{ marginTop: 4 }}>
                <Text style={styles.head}>{t("results.whatHelps")}: </Text>
                {content?.advice[locale]}
              </Text>
            </View>
          );
        })}
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("report.paradoxesTitle")}</Text>
        <Text style={[styles.muted, styles.paragraph]}>{t("results.paradoxLead")}</Text>
        {diagnosis.paradoxes.map((result) => {
          const paradox = findParadox(result.id);
          if (!paradox) return null;
          const flags = [
            result.isOneSided ? t("results.oneSided") : null,
            result.isContested ? t("results.contested") : null,
          ].filter(Boolean);
          return (
            <View key={result.id} style={{ marginBottom: 8 }} wrap={false}>
              <Text style={styles.head}>
                {paradox.poleA.name[locale]} – {paradox.poleB.name[locale]}
                {flags.length > 0 ? ` (${flags.join(", ")})` : ""}
              </Text>
              <View style={styles.poles}>
                <Text>{paradox.poleA.name[locale]}</Text>
                <Text>{paradox.poleB.name[locale]}</Text>
              </View>
              {result.current === null ? (
                <Text style={styles.muted}>{t("results.band.insufficient")}</Text>
              ) : (
                <ParadoxLine
                  current={result.current}
                  desired={result.desired}
                  spread={result.spread}
                  partners={columns.flatMap((column) => {
                    const position = column.paradoxes[result.id];
                    return typeof position === "number" ? [{ position, colourIndex: column.colourIndex }] : [];
                  })}
                />
              )}
            </View>
          );
        })}
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("report.partnersTitle")}</Text>
        <View style={[styles.row, styles.head]}>
          <Text style={styles.cellWide}>{t("results.lens")}</Text>
          <Text style={styles.cell}>{t("results.overall")}</Text>
          {columns.map((column) => (
            <Text key={column.id} style={styles.cell}>
              {column.name}
            </Text>
          ))}
        </View>
        {diagnosis.lenses.map((lens, index) => (
          <View key={lens.id} style={styles.row}>
            <Text style={styles.cellWide}>{lensNames[index]}</Text>
            <Text style={styles.cell}>{shown(lens.score)}</Text>
            {columns.map((column) => (
              <Text key={column.id} style={styles.cell}>
                {shown(column.lenses[lens.id] ?? null)}
              </Text>
            ))}
          </View>
        ))}
        <Text style={styles.h2}>{t("results.consensusTitle")}</Text>
        {diagnosis.lenses.map((lens, index) => (
          <Bullet
            key={lens.id}
          >{`${lensNames[index]}: ${lens.consensus ? t(`results.consensus.${lens.consensus}`) : "–"}`}</Bullet>
        ))}
        <Text style={styles.h2}>{t("results.sortContested")}</Text>
        {diagnosis.contested.slice(0, 8).map((entry) => (
          <Bullet key={entry.statementId}>
            {`${findStatement(entry.statementId)?.text[locale] ?? entry.statementId}${
              entry.highest && entry.lowest
                ? ` — ${partnerName(entry.highest.partnerId)} ${entry.highest.score}, ${partnerName(entry.lowest.partnerId)} ${entry.lowest.score}`
                : ""
            }`}
          </Bullet>
        ))}
        <Text style={[styles.muted, { marginTop: 8 }]}>
          {t("results.hiddenExplanation", { threshold: diagnosis.scan.anonymityThreshold })}
        </Text>
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("report.problemsTitle")}</Text>
        {diagnosis.problems.length === 0 ? <Text>{t("results.noProblems")}</Text> : null}
        {diagnosis.problems.map((result) => {
          const problem = findProblem(result.id);
          return (
            <View key={result.id} style={{ marginBottom: 10 }}>
              <Text style={styles.h2} minPresenceAhead={60}>
                {problem?.name[locale]} — {t("results.strength", { value: Math.round(result.strength * 100) })}
              </Text>
              <Text style={styles.paragraph}>{problem?.description[locale]}</Text>
              <Text style={styles.head}>{t("results.evidenceTitle")}</Text>
              {result.evidence.map((evidence) => (
                <Bullet key={describeSignal(evidence.signal, locale, signalText)}>
                  {`${describeSignal(evidence.signal, locale, signalText)}${
                    evidence.partners.length > 0
                      ? ` (${evidence.partners.map((entry) => `${partnerName(entry.partnerId)} ${number.format(entry.value)}`).join(", ")})`
                      : ""
                  }`}
                </Bullet>
              ))}
              <Text style={styles.head}>{t("results.interventionsTitle")}</Text>
              {problem?.interventions.map((intervention) => (
                <Bullet
                  key={intervention.id}
                >{`${intervention.title[locale]}. ${intervention.description[locale]}`}</Bullet>
              ))}
            </View>
          );
        })}
        <Text style={styles.h1} break>
          {t("report.agendaTitle")}
        </Text>
        <Text style={[styles.muted, styles.paragraph]}>{t("results.agendaLead")}</Text>
        {diagnosis.agenda.length === 0 ? <Text>{t("results.agendaEmpty")}</Text> : null}
        {diagnosis.agenda.map((item, index) => (
          <View key={`${item.kind}-${item.refId}`} style={styles.bullet} wrap={false}>
            <Text style={styles.bulletMark}>{index + 1}.</Text>
            <Text style={styles.bulletText}>{item.question[locale]}</Text>
          </View>
        ))}
        {footer}
      </Page>

      <Page size="A4" style={styles.page}>
        <Text style={styles.h1}>{t("report.methodTitle")}</Text>
        {(["1", "2", "3", "4", "5"] as const).map((key) => (
          <Text key={key} style={styles.paragraph}>
            {t(`report.method.${key}`)}
          </Text>
        ))}
        <Text style={styles.h2}>{t("report.sourcesTitle")}</Text>
        {sourceDocuments.map((document) => (
          <Bullet key={document.seed}>{`${document.citation}. ${document.usedFor[locale]}`}</Bullet>
        ))}
        {footer}
      </Page>
    </Document>
  );
}
