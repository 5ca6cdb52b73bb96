import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { Tone } from "../../charts/palette";
import { OVERALL_COLOUR, seriesColour } from "../../charts/palette";
import { TONE_COLOURS } from "../../charts/tone";
import { REPORT_FONT } from "./fonts";
import { styles } from "./styles";

/** Small building blocks of the report. */
export function Bullet({ children }: { children: ReactNode }) {
  return (
    <View style={styles.bullet} wrap={false}>
      <Text style={styles.bulletMark}>•</Text>
      <Text style={styles.bulletText}>{children}</Text>
    </View>
  );
}

/** A numbered item whose number never wraps, up to "99.". */
export function Numbered({ number, children }: { number: number; children: ReactNode }) {
  return (
    <View style={styles.bullet} wrap={false}>
      <Text style={styles.number}>{number}.</Text>
      <View style={styles.bulletText}>{children}</View>
    </View>
  );
}

/** A statement's figure as worded, on a chip whose colour says whether it is favourable. */
export function ToneChip({ tone, children, width = 34 }: { tone: Tone; children: string; width?: number }) {
  const colours = TONE_COLOURS[tone];
  return <Text style={[styles.chip, { backgroundColor: colours.fill, color: colours.text, width }]}>{children}</Text>;
}

export type LegendItem = { label: string; colourIndex: number | null; mark?: "square" | "dot" | "diamond" | "band" };

/** The key to the colours of a chart: one entry per group, the overall in near-black. */
export function Legend({ items }: { items: LegendItem[] }) {
  return (
    <View style={styles.legend}>
      {items.map((item) => {
        const colour = item.colourIndex === null ? OVERALL_COLOUR : seriesColour(item.colourIndex);
        const shape =
          item.mark === "diamond"
            ? { borderWidth: 1, borderColor: OVERALL_COLOUR, transform: "rotate(45deg)", width: 6, height: 6 }
            : item.mark === "band"
              ? { backgroundColor: "#dde2e9", width: 14 }
              : { backgroundColor: colour, borderRadius: item.mark === "dot" ? 4 : 0 };
        return (
          <View key={item.label} style={styles.legendItem}>
            <View style={[styles.swatch, shape]} />
            <Text>{item.label}</Text>
          </View>
        );
      })}
    </View>
  );
}

/** A section heading that moves to the next page rather than stand alone at the bottom of one. */
export function SectionTitle({ children, breakBefore = false }: { children: string; breakBefore?: boolean }) {
  return (
    <Text style={styles.h1} minPresenceAhead={120} break={breakBefore}>
      {children}
    </Text>
  );
}

/** The report's text width on A4: 595 points less two margins of 48. */
export const CONTENT_WIDTH = 499;

const HEAD_GAP = 10;

/**
 * A group's name at the head of a narrow table column. Words are not
 * hyphenated, so the size shrinks until the longest word fits the column
 * ("Zorgverzekeraar" in a column of 50 points), never below 5 points.
 */
export function GroupHeader({
  name,
  width,
  align = "right",
}: {
  name: string;
  width: number;
  align?: "right" | "center";
}) {
  const longest = Math.max(...name.split(/\s+/).map((word) => word.length));
  // Inter Bold runs about 0.68 em per letter in a long lowercase word. The gap before a head is well wider
  // than a space, so "Delta" and "Thuiszorg" never read as one name across two columns.
  const fontSize = Math.max(5, Math.min(8.5, (width - HEAD_GAP - 2) / (longest * 0.68)));
  return (
    <Text
      style={{
        width,
        // Centred heads share the gap between them, right-aligned ones keep it on their left.
        ...(align === "center" ? { paddingHorizontal: HEAD_GAP / 2 } : { paddingLeft: HEAD_GAP }),
        fontSize,
        textAlign: align,
        fontFamily: REPORT_FONT,
        fontWeight: 700,
      }}
    >
      {name}
    </Text>
  );
}
