import { Text, View } from "@react-pdf/renderer";
import { findParadox } from "../../../content";
import type { ExportContext } from "../context";
import { onAnswerScale } from "../labels";
import { ParadoxLine } from "./charts";
import { Legend, SectionTitle } from "./parts";
import { styles } from "./styles";

/** Each paradox as a line from pole to pole, with a legend naming the groups' colours and the figures on −3 … +3. */
export function ParadoxSection({ context }: { context: ExportContext }) {
  const { diagnosis, locale, t, position, format, columns } = context;
  const onScale = (value: number) => position(onAnswerScale(value) ?? 0);
  const lines = diagnosis.paradoxes.map((result) => {
    const paradox = findParadox(result.id);
    if (!paradox) return null;
    const flags = [
      result.isOneSided ? t("results.oneSided") : null,
      result.isContested ? t("results.contested") : null,
    ].filter(Boolean);
    const figures = [
      ...(result.current === null ? [] : [t("slides.paradoxNow", { value: onScale(result.current) })]),
      ...(result.desired === null ? [] : [t("slides.paradoxDesired", { value: onScale(result.desired) })]),
      ...(result.openness === null ? [] : [t("slides.paradoxOpenness", { value: format(result.openness) })]),
    ];
    return (
      <View key={result.id} style={{ marginBottom: 7 }} wrap={false}>
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
          <>
            <ParadoxLine
              current={result.current}
              desired={result.desired}
              spread={result.spread}
              partners={columns.flatMap((column) => {
                const value = column.paradoxes[result.id];
                return typeof value === "number" ? [{ position: value, colourIndex: column.colourIndex }] : [];
              })}
            />
            <Text style={[styles.small, { textAlign: "center" }]}>{figures.join(" · ")}</Text>
          </>
        )}
      </View>
    );
  });
  const [first, ...rest] = lines;
  return (
    <View>
      {/* The heading, its lead and legend go to the next page with the first line rather than stand alone. */}
      <View wrap={false}>
        <SectionTitle>{t("report.paradoxesTitle")}</SectionTitle>
        <Text style={[styles.muted, styles.paragraph]}>{t("report.paradoxLead")}</Text>
        <Legend
          items={[
            ...columns.map((column) => ({ label: column.name, colourIndex: column.colourIndex, mark: "dot" as const })),
            { label: t("slides.legendOverall"), colourIndex: null, mark: "dot" },
            { label: t("slides.legendDesired"), colourIndex: null, mark: "diamond" },
            { label: t("slides.legendSpread"), colourIndex: null, mark: "band" },
          ]}
        />
        {first}
      </View>
      {rest}
    </View>
  );
}
