import { StyleSheet } from "@react-pdf/renderer";
import { REPORT_FONT } from "./fonts";

/** The report's type and spacing: A4, Inter (see fonts.ts), one accent colour. */
export const COLOURS = { accent: "#143a6b", text: "#1b2430", muted: "#4f5b6b", rule: "#d5dbe3", panel: "#f3f5f8" };

export const styles = StyleSheet.create({
  page: {
    paddingTop: 48,
    paddingBottom: 56,
    paddingHorizontal: 48,
    fontFamily: REPORT_FONT,
    fontSize: 10,
    color: COLOURS.text,
    lineHeight: 1.4,
  },
  coverTitle: {
    fontSize: 30,
    fontFamily: REPORT_FONT,
    fontWeight: 700,
    marginTop: 120,
    marginBottom: 14,
    color: COLOURS.accent,
    lineHeight: 1.2,
  },
  coverName: { fontSize: 20, marginBottom: 24, lineHeight: 1.3 },
  h1: { fontSize: 18, fontFamily: REPORT_FONT, fontWeight: 700, color: COLOURS.accent, marginBottom: 8, marginTop: 6 },
  h2: { fontSize: 13, fontFamily: REPORT_FONT, fontWeight: 700, marginTop: 10, marginBottom: 5 },
  h3: { fontSize: 11, fontFamily: REPORT_FONT, fontWeight: 700, marginTop: 6, marginBottom: 3, color: COLOURS.accent },
  muted: { color: COLOURS.muted },
  small: { fontSize: 8.5, color: COLOURS.muted },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule, paddingVertical: 3 },
  head: { fontFamily: REPORT_FONT, fontWeight: 700 },
  italic: { fontFamily: REPORT_FONT, fontStyle: "italic" },
  cellWide: { flex: 3, paddingRight: 6 },
  cell: { flex: 1, textAlign: "right" },
  paragraph: { marginBottom: 6 },
  bullet: { flexDirection: "row", marginBottom: 4 },
  bulletMark: { width: 12 },
  /* Wide enough for "10." on one line. */
  number: { width: 20, textAlign: "right", paddingRight: 5, fontFamily: REPORT_FONT, fontWeight: 700 },
  bulletText: { flex: 1 },
  // A maximum height: without one the renderer lets a fixed footer with a page counter grow page by page
  // once a report runs past about ten pages, until the PDF cannot be written (a fixed height hides it).
  footer: {
    position: "absolute",
    maxHeight: 14,
    bottom: 24,
    left: 48,
    right: 48,
    fontSize: 8,
    color: COLOURS.muted,
    flexDirection: "row",
    justifyContent: "space-between",
  },
  legend: { flexDirection: "row", flexWrap: "wrap", marginTop: 4, marginBottom: 6 },
  legendItem: { flexDirection: "row", alignItems: "center", marginRight: 12, marginBottom: 3 },
  swatch: { width: 8, height: 8, marginRight: 4 },
  poles: { flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: COLOURS.muted },
  chip: {
    borderRadius: 6,
    paddingHorizontal: 5,
    paddingVertical: 1,
    fontFamily: REPORT_FONT,
    fontWeight: 700,
    textAlign: "center",
  },
  quote: {
    fontFamily: REPORT_FONT,
    fontStyle: "italic",
    marginBottom: 3,
    paddingLeft: 8,
    borderLeftWidth: 2,
    borderLeftColor: COLOURS.rule,
  },
  panel: { backgroundColor: COLOURS.panel, padding: 8, borderRadius: 4, marginBottom: 8 },
});
