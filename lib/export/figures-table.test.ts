import { describe, expect, it } from "vitest";
import { findStatement } from "../../content";
import { figuresTable } from "./figures-table";
import { REVERSED_ID, twoCampsDiagnosis } from "./testing/two-camps";
import { exportTranslator } from "./translator";

const diagnosis = twoCampsDiagnosis();

function row(group: string, itemId: string, locale: "nl" | "en" = "nl") {
  const table = figuresTable(diagnosis, locale, exportTranslator(locale));
  return table.rows.find((entry) => entry.group === group && entry.itemId === itemId);
}

describe("figuresTable", () => {
  it("puts the mean as worded beside a negatively worded statement, and the favourable score in its own column", () => {
    const municipality = row("Gemeente Apeldoorn", REVERSED_ID);
    const careGroup = row("Zorggroep Veluwezoom", REVERSED_ID);
    // The municipality disagrees that one partner sets the course: a low mean, a favourable score.
    expect(municipality).toMatchObject({ text: findStatement(REVERSED_ID)?.text.nl, reversed: "ja" });
    expect(municipality).toMatchObject({ mean: 1, favourable: 100 });
    expect(careGroup).toMatchObject({ mean: 5, favourable: 0 });
    const overall = row("Alle deelnemers", REVERSED_ID);
    expect(overall).toMatchObject({ mean: 3, agree: 50, favourable: 50, answers: 6 });
  });

  it("names the columns in the reader's language, the favourable score as such", () => {
    const dutch = figuresTable(diagnosis, "nl", exportTranslator("nl")).columns.map((column) => column.header);
    expect(dutch).toContain("Gemiddeld antwoord (1–5, in de richting van de tekst)");
    expect(dutch).toContain("% eens (4 of 5)");
    expect(dutch).toContain("Gunstigheid (0–100, hoger = gunstiger)");
    const english = figuresTable(diagnosis, "en", exportTranslator("en"));
    expect(english.columns.map((column) => column.header)).toContain("% agree (4 or 5)");
    expect(english.rows.find((entry) => entry.itemId === REVERSED_ID)?.text).toBe(findStatement(REVERSED_ID)?.text.en);
  });

  it("holds no figures for a partner below the threshold, and the background per group that has figures", () => {
    const table = figuresTable(diagnosis, "nl", exportTranslator("nl"));
    expect(table.rows.some((entry) => entry.group === "Woonstichting")).toBe(false);
    const motives = table.rows.filter((entry) => entry.kind === "Motief: belang");
    expect(motives.length).toBeGreaterThan(0);
    for (const motive of motives) expect(motive.mean).toBeGreaterThanOrEqual(1);
    expect(table.rows.some((entry) => entry.kind === "Vertrouwenswijze: gekozen")).toBe(true);
  });
});
