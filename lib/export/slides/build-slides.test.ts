import { describe, expect, it } from "vitest";
import { findStatement } from "../../../content";
import { diagnose } from "../../scoring/diagnose";
import { buildScan } from "../../scoring/testing/scan-builder";
import { REVERSED_ID, twoCampsDiagnosis } from "../testing/two-camps";
import { buildSlides } from "./build-slides";
import type { Slide } from "./slide";

const diagnosis = twoCampsDiagnosis();

function ofKind<K extends Slide["kind"]>(slides: Slide[], kind: K): Extract<Slide, { kind: K }>[] {
  return slides.filter((slide): slide is Extract<Slide, { kind: K }> => slide.kind === kind);
}

describe("buildSlides", () => {
  it("opens with the scan and the lens scores, then the top 3, each lens, paradoxes, problems, background and agenda", () => {
    const kinds = buildSlides(diagnosis, "Netwerk Veluwe", "nl").map((slide) => slide.kind);
    expect(kinds[0]).toBe("title");
    expect(kinds.filter((kind) => kind === "lens")).toHaveLength(5);
    const order = ["title", "advice", "lens", "paradoxes", "problems", "background", "agenda"];
    const firsts = order.map((kind) => kinds.indexOf(kind as Slide["kind"])).filter((index) => index >= 0);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  it("reads a negatively worded statement in its own direction: the mean as worded beside the text, colour for favourable", () => {
    const lens = ofKind(buildSlides(diagnosis, "Netwerk Veluwe", "nl"), "lens").find(
      (slide) => slide.contested?.statement === findStatement(REVERSED_ID)?.text.nl,
    );
    expect(lens?.contested?.reversedNote).toBe("Negatief geformuleerd: instemmen is hier ongunstig.");
    // The municipality fully disagrees that one partner sets the course (favourable); the care group fully agrees.
    expect(lens?.contested?.figures).toEqual([
      { label: "Totaal", display: "3,0 · 50% eens", tone: "middling" },
      { label: "Gemeente Apeldoorn", display: "1,0", tone: "favourable" },
      { label: "Zorggroep Veluwezoom", display: "5,0", tone: "unfavourable" },
    ]);
  });

  it("shows only the groups the results publish: no partner below the threshold", () => {
    const text = JSON.stringify(buildSlides(diagnosis, "Netwerk Veluwe", "en"));
    expect(text).not.toContain("Woonstichting");
    expect(text).toContain("Gemeente Apeldoorn");
  });

  it("draws the paradoxes as lines with a dot per group and a legend naming each group", () => {
    const slides = ofKind(buildSlides(diagnosis, "Netwerk Veluwe", "nl"), "paradoxes");
    expect(slides.length).toBeGreaterThan(0);
    for (const slide of slides) {
      expect(slide.lines.length).toBeLessThanOrEqual(4);
      expect(slide.legend.map((entry) => entry.label)).toEqual(
        expect.arrayContaining(["Gemeente Apeldoorn", "Zorggroep Veluwezoom", "Totaal, nu"]),
      );
      for (const line of slide.lines) {
        expect(line.partners.map((partner) => partner.name)).toEqual(["Gemeente Apeldoorn", "Zorggroep Veluwezoom"]);
        expect(line.summary).toMatch(/^nu [−+-]?\d,\d/);
      }
    }
  });

  it("numbers the agenda on across its slides", () => {
    const agenda = ofKind(buildSlides(diagnosis, "Netwerk Veluwe", "nl"), "agenda");
    let next = 1;
    for (const slide of agenda) {
      expect(slide.start).toBe(next);
      next += slide.items.length;
    }
    expect(next - 1).toBe(Math.max(1, diagnosis.agenda.length));
  });

  it("shows only the title slide while nothing can be published yet", () => {
    const tooFew = diagnose(buildScan("quick", [{ name: "Gemeente", respondents: 1 }]));
    expect(buildSlides(tooFew, "Netwerk", "nl").map((slide) => slide.kind)).toEqual(["title"]);
  });
});
