import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { findStatement } from "../../../content";
import { demoScanInput } from "../../demo/demo-scan";
import { diagnose } from "../../scoring/diagnose";
import { buildSlides } from "../slides/build-slides";
import { REVERSED_ID, twoCampsDiagnosis } from "../testing/two-camps";
import { renderPptx } from "./render-pptx";

/** The texts of each slide of a PowerPoint file, in slide order. */
async function slideTexts(buffer: Buffer): Promise<{ texts: string[]; charts: number }> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(a.match(/\d+/)?.[0]) - Number(b.match(/\d+/)?.[0]));
  const texts = await Promise.all(
    names.map(async (name) => {
      const xml = (await zip.file(name)?.async("string")) ?? "";
      return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(" | ");
    }),
  );
  const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).length;
  return { texts, charts };
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
