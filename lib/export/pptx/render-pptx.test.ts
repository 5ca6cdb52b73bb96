import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { findStatement } from "../../../content";
import { demoScanInput } from "../../demo/demo-scan";
import { diagnose } from "../../scoring/diagnose";
import { buildDeck } from "../slides/build-deck";
import { buildSlides } from "../slides/build-slides";
import { pptxTexts } from "../testing/pptx-texts";
import { REVERSED_ID, twoCampsDiagnosis } from "../testing/two-camps";
import { agreedAction, costsAction, secondRound } from "../testing/two-rounds";
import { renderPptx } from "./render-pptx";

/** The texts of each slide of a PowerPoint file, in slide order, and how many charts it holds. */
async function slideTexts(buffer: Buffer): Promise<{ texts: string[]; charts: number }> {
  const zip = await JSZip.loadAsync(buffer);
  const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).length;
  return { texts: await pptxTexts(buffer), charts };
}

describe("renderPptx", () => {
  const diagnosis = twoCampsDiagnosis();

  it("writes one PowerPoint slide per workshop slide, with the bars as native charts", async () => {
    const slides = buildSlides(diagnosis, "Netwerk Veluwe", "nl");
    const { texts, charts } = await slideTexts(await renderPptx(slides, { title: "Netwerk Veluwe", author: null }));
    expect(texts).toHaveLength(slides.length);
    texts.forEach((text, index) => {
      expect(text.startsWith(slides[index]?.title.replace(/&/g, "&amp;") ?? "")).toBe(true);
    });
    // The title slide and the five lens slides each carry a bar chart.
    expect(charts).toBe(6);
  });

  it("puts a negatively worded statement's mean as worded beside its text, and no hidden partner", async () => {
    const slides = buildSlides(diagnosis, "Netwerk Veluwe", "nl");
    const { texts } = await slideTexts(await renderPptx(slides, { title: "Netwerk Veluwe", author: null }));
    const statement = findStatement(REVERSED_ID)?.text.nl ?? "";
    const slide = texts.find((text) => text.includes(`‘${statement}’`) && text.includes("Hierover verschillen")) ?? "";
    expect(slide).toContain("Negatief geformuleerd: instemmen is hier ongunstig.");
    expect(slide).toMatch(/Gemeente Apeldoorn \| 1,0/);
    expect(slide).toMatch(/Zorggroep Veluwezoom \| 5,0/);
    expect(texts.join("\n")).not.toContain("Woonstichting");
  });
});

describe("renderPptx with the demo's four partners", () => {
  it("sets every text at a size a room can read, also a long partner name at the head of a narrow column", async () => {
    const slides = buildSlides(diagnose(demoScanInput()), "Zorgnetwerk Rivierenland", "nl");
    const zip = await JSZip.loadAsync(await renderPptx(slides, { title: "Demo", author: null }));
    const sizes: number[] = [];
    for (const name of Object.keys(zip.files).filter((file) => /^ppt\/slides\/slide\d+\.xml$/.test(file))) {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      for (const match of xml.matchAll(/ sz="(\d+)"/g)) sizes.push(Number(match[1]) / 100);
    }
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
  });
});

/** Round 2 with the review of round 1's action and two decisions of its own, one with a long statement as finding. */
function roundTwoDeck(locale: "nl" | "en") {
  const { diagnosis, rounds } = secondRound([
    costsAction,
    agreedAction({
      description: "Elke partner noemt vóór de zomer wat hij zelf inbrengt en wat hij ervoor terug verwacht.",
      owner: { kind: "partner", partnerId: "p2", name: "Zorggroep Veluwezoom" },
      finding: { kind: "statement", id: "people.dominance" },
      lensId: "people",
    }),
  ]);
  return buildDeck(diagnosis, "Netwerk Oost", locale, rounds);
}

/** Every shape's bottom edge on the given slides (1-based), in inches: nothing may run off the slide (7.5 inches high). */
async function shapeBottoms(buffer: Buffer, slideNumbers: number[]): Promise<number[]> {
  const zip = await JSZip.loadAsync(buffer);
  const bottoms: number[] = [];
  for (const number of slideNumbers) {
    const xml = (await zip.file(`ppt/slides/slide${number}.xml`)?.async("string")) ?? "";
    for (const match of xml.matchAll(/<a:off x="\d+" y="(\d+)"\/><a:ext cx="\d+" cy="(\d+)"\/>/g)) {
      bottoms.push((Number(match[1]) + Number(match[2])) / 914400);
    }
  }
  return bottoms;
}

describe("renderPptx of a later round", () => {
  it("opens with the review of the previous round's actions: status, action, owner, finding and the change in its lens", async () => {
    const slides = roundTwoDeck("nl");
    const { texts } = await slideTexts(await renderPptx(slides, { title: "Netwerk Oost", author: null }));
    expect(texts).toHaveLength(slides.length);
    const review = texts[1] ?? "";
    expect(review.startsWith("Terugblik: acties van ronde 1")).toBe(true);
    for (const part of [
      "Gedaan",
      "Samen de ambitie op één A4 zetten",
      "Eigenaar: Gemeente Apeldoorn · klaar op 1 mrt 2027 · Over: Invalshoek · Ambitie",
      "Ambitie: 25 → 75 (+50)",
    ]) {
      expect(review).toContain(part);
    }
  });

  it("ends with the decisions of this round as a table: finding, action, owner, due date, status", async () => {
    const slides = roundTwoDeck("en");
    const { texts } = await slideTexts(await renderPptx(slides, { title: "Netwerk Oost", author: null }));
    const decisions = texts.at(-1) ?? "";
    expect(decisions).toMatch(/^Decisions: who does what\? \| What the group has agreed in this round so far/);
    expect(decisions).toContain("Finding | Action | Owner | Due by | Status");
    expect(decisions).toContain(
      "Paradox · Central steering – Local room to move | Kwartaaloverleg over de verdeling van de kosten | Marieke de Boer | 30 Jun 2027 | In progress",
    );
    expect(decisions).toContain("| Zorggroep Veluwezoom | – | Open");
  });

  it("gives round 1 without decisions an empty table and says what to note in it", async () => {
    const slides = buildDeck(twoCampsDiagnosis(), "Netwerk Veluwe", "nl", { round: 1, review: null, actions: [] });
    const { texts } = await slideTexts(await renderPptx(slides, { title: "Netwerk Veluwe", author: null }));
    expect(texts.some((text) => text.startsWith("Terugblik"))).toBe(false);
    const decisions = texts.at(-1) ?? "";
    expect(decisions).toContain("Besluiten: wie doet wat?");
    expect(decisions).toContain("Noteer per afspraak over welke bevinding het gaat");
    expect(decisions).toContain("Bevinding | Actie | Eigenaar | Klaar op | Stand van zaken");
  });

  it("sets the review and the decisions at a size a room can read, within the slide", async () => {
    const many = Array.from({ length: 9 }, (_, index) =>
      agreedAction({
        description: `${index + 1}. Een werkgroep van alle partners maakt een voorstel voor de verdeling van kosten en opbrengsten, en legt het voor aan de stuurgroep.`,
        finding: { kind: "statement", id: "people.dominance" },
        lensId: "people",
      }),
    );
    const { diagnosis, rounds } = secondRound(many);
    const empty = buildDeck(twoCampsDiagnosis(), "Netwerk Veluwe", "en", { round: 1, review: null, actions: [] });
    for (const slides of [buildDeck(diagnosis, "Netwerk Oost", "nl", rounds), empty]) {
      const buffer = await renderPptx(slides, { title: "Netwerk Oost", author: null });
      const zip = await JSZip.loadAsync(buffer);
      const sizes: number[] = [];
      for (const name of Object.keys(zip.files).filter((file) => /^ppt\/slides\/slide\d+\.xml$/.test(file))) {
        const xml = (await zip.file(name)?.async("string")) ?? "";
        for (const match of xml.matchAll(/ sz="(\d+)"/g)) sizes.push(Number(match[1]) / 100);
      }
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
      const ours = slides.flatMap((slide, index) =>
        slide.kind === "review" || slide.kind === "decisions" ? [index + 1] : [],
      );
      expect(ours.length).toBeGreaterThan(0);
      expect(Math.max(...(await shapeBottoms(buffer, ours)))).toBeLessThanOrEqual(7.5);
    }
  });
});
