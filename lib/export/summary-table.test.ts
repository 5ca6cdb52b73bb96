import { describe, expect, it } from "vitest";
import { summaryTable } from "./summary-table";
import { twoCampsDiagnosis } from "./testing/two-camps";
import { exportTranslator } from "./translator";

const diagnosis = twoCampsDiagnosis();

describe("summaryTable", () => {
  it("sets each lens's favourability for all respondents beside each group with figures of its own", () => {
    const table = summaryTable(diagnosis, "nl", exportTranslator("nl"));
    expect(table.columns.map((column) => column.header)).toEqual([
      "Onderdeel",
      "Alle deelnemers",
      "Duiding",
      "Gemeente Apeldoorn",
      "Zorggroep Veluwezoom",
    ]);
    const ambition = table.rows.find((row) => row.label === "Ambitie");
    const lens = diagnosis.lenses.find((entry) => entry.id === "ambition");
    expect(ambition).toMatchObject({
      overall: lens?.score,
      g0: diagnosis.partners[0]?.lenses.ambition,
      g1: diagnosis.partners[1]?.lenses.ambition,
    });
    expect(ambition?.band).toMatch(/Sterk punt|Aandachtspunt|Zorgpunt/);
  });

  it("opens each block with a heading that names its scale, and lists the background per group", () => {
    const table = summaryTable(diagnosis, "en", exportTranslator("en"));
    const headings = (table.headings ?? []).map((index) => table.rows[index]?.label);
    expect(headings).toEqual([
      "Lenses: favourability (0–100, higher = more favourable)",
      expect.stringContaining("Paradoxes: where the collaboration stands now (−3"),
      "Background",
    ]);
    expect(table.rows.find((row) => row.label === "Prevailing trust mode")).toBeDefined();
    expect(table.rows.filter((row) => String(row.label).startsWith("Motive ‘"))).toHaveLength(4);
  });
});
