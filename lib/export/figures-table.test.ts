import { describe, expect, it } from "vitest";
import { findStatement } from "../../content";
import { diagnose } from "../scoring/diagnose";
import { generateScan } from "../scoring/testing/scenarios/generate";
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

describe("figuresTable's measurement quality", () => {
  it("gives each lens its α and each statement its share of 'weet niet', for all respondents together", () => {
    const input = generateScan(
      {
        variant: "full",
        partners: [
          { name: "Gemeente", size: 6 },
          { name: "Zorggroep", size: 6 },
        ],
        unknowable: { "ambition.competition-checked": 0.6 },
      },
      3,
    );
    const quality = diagnose(input);
    const table = figuresTable(quality, "nl", exportTranslator("nl"));
    const overall = (itemId: string) =>
      table.rows.find((entry) => entry.group === "Alle deelnemers" && entry.itemId === itemId);
    const people = quality.quality.lenses.find((lens) => lens.id === "people");
    expect(overall("people")?.alpha).toBe(people?.alpha);
    expect(typeof overall("people")?.alpha).toBe("number");
    const competition = quality.quality.statements.find(
      (entry) => entry.statementId === "ambition.competition-checked",
    );
    expect(overall("ambition.competition-checked")).toMatchObject({
      dontKnowShare: competition?.dontKnowShare,
      dontKnowFlag: "ja",
    });
    expect(table.columns.map((column) => column.header)).toContain("% weet niet");
    // Per partner there is no α and no share of 'weet niet': those exist for everyone together only.
    const partnerRow = table.rows.find((entry) => entry.group === "Gemeente" && entry.itemId === "people");
    expect(partnerRow?.alpha ?? null).toBeNull();
  });
});
