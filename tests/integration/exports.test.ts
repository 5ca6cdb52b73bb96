import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { findStatement, instrument } from "../../content";
import { buildDeck } from "../../lib/export/slides/build-deck";
import { parseCsv } from "../../lib/export/testing/parse-csv";
import { pptxTexts } from "../../lib/export/testing/pptx-texts";
import { itemsForVariant } from "../../lib/instrument/items";
import type { Diagnosis } from "../../lib/scoring";
import { db } from "../../lib/server/db";
import { createDemoCopy } from "../../lib/server/demo/create-demo-scan";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { exportSlides } from "../../lib/server/results/export-slides";
import { getResults } from "../../lib/server/results/get-results";
import { exportReport } from "../../lib/server/results/report-pdf";
import { makeRespondent, makeScan } from "../support/factories";

let token = "";

/** CSV rows as objects keyed by their header. */
function csvRecords(body: string, separator: "," | ";" = ";"): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(body, separator);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

beforeAll(async () => {
  token = await createDemoCopy(db);
});

describe("data exports", () => {
  it("write the figures the results show, per group, for Dutch Excel, and no answers per person", async () => {
    const file = await exportData(token, "csv", "nl");
    expect(file.filename).toBe("zorgnetwerk-rivierenland.csv");
    const body = String(file.body);
    // Dutch Excel: a byte order mark for the accents, semicolons between cells, decimal commas.
    expect(body.startsWith("\uFEFFSoort groep;Groep;Respondenten;")).toBe(true);
    const records = csvRecords(body, ";");
    const { diagnosis, comments } = await getResults(token);
    const lensRows = (group: string) =>
      records
        .filter((row) => row.Groep === group && row["Soort cijfer"] === "Invalshoek")
        .map((row) => row["Gunstigheid (0–100, hoger = gunstiger)"]);
    expect(lensRows("Alle deelnemers")).toEqual(diagnosis.lenses.map((lens) => String(lens.score)));
    for (const partner of diagnosis.partners.filter((entry) => entry.status === "shown")) {
      expect(lensRows(partner.name), partner.name).toEqual(
        diagnosis.lenses.map((lens) => String(partner.lenses[lens.id])),
      );
    }
    // The small partner has no figures of its own, and nothing identifies a person.
    expect(records.some((row) => row.Groep === "Woningcorporatie Thuis")).toBe(false);
    expect(Object.keys(records[0] ?? {})).not.toContain("Respondent");
    // A negatively worded statement reads in its own direction: its text stands beside the mean answer as worded
    // and the share agreeing; the favourable score has a column of its own.
    const dominance = records.find((row) => row.Groep === "Alle deelnemers" && row["Item-id"] === "people.dominance");
    const statement = diagnosis.statements.find((entry) => entry.id === "people.dominance");
    expect(dominance?.Tekst).toBe(findStatement("people.dominance")?.text.nl);
    expect(dominance?.["Negatief geformuleerd"]).toBe("ja");
    const dutchNumber = (text: string | undefined) => Number(text?.replace(",", "."));
    expect(dutchNumber(dominance?.["Gemiddeld antwoord (1–5, in de richting van de tekst)"])).toBe(statement?.mean);
    expect(dutchNumber(dominance?.["% eens (4 of 5)"])).toBe(statement?.agreeShare);
    expect(dutchNumber(dominance?.["Gunstigheid (0–100, hoger = gunstiger)"])).toBe(statement?.score);
    expect(statement?.mean ?? 0).toBeGreaterThan(3);
    expect(statement?.score ?? 100).toBeLessThan(50);
    expect(
      records.some((row) => /^\d+,\d+$/.test(row["Gemiddeld antwoord (1–5, in de richting van de tekst)"] ?? "")),
    ).toBe(true);
    // Comments come along, as rows of their own.
    const commentTexts = records.filter((row) => row["Soort cijfer"] === "Opmerking").map((row) => row.Tekst);
    expect(commentTexts.sort()).toEqual(Object.values(comments).flat().sort());
    expect(commentTexts.length).toBeGreaterThan(0);
  });

  it("write a CSV for analysis tools with commas and decimal points, and follow the reader's language", async () => {
    const file = await exportData(token, "csv-analysis", "en");
    expect(file.filename).toBe("zorgnetwerk-rivierenland-analysis.csv");
    const body = String(file.body);
    expect(body.startsWith("Kind of group,Group,Respondents,")).toBe(true);
    const records = csvRecords(body, ",");
    const dominance = records.find((row) => row.Group === "All participants" && row["Item id"] === "people.dominance");
    expect(dominance?.Text).toBe(findStatement("people.dominance")?.text.en);
    expect(dominance?.["Mean answer (1–5, in the direction of the text)"]).toMatch(/^\d(\.\d+)?$/);
    expect(records.some((row) => row["Kind of figure"] === "Comment")).toBe(true);
  });

  it("write a workbook with notes, a summary, figures, groups with their status, comments and a codebook", async () => {
    const file = await exportData(token, "xlsx", "nl");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.body as Buffer).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Toelichting",
      "Samenvatting",
      "Cijfers",
      "Groepen",
      "Opmerkingen",
      "Acties",
      "Codeboek",
    ]);
    expect(workbook.getWorksheet("Toelichting")?.getCell("A1").value).toContain("Zorgnetwerk Rivierenland");
    const { diagnosis, comments } = await getResults(token);
    // The summary: each lens for all respondents and per partner with figures of its own, side by side.
    const summary = workbook.getWorksheet("Samenvatting");
    const header = ((summary?.getRow(1).values ?? []) as unknown[]).slice(1);
    const shown = diagnosis.partners.filter((partner) => partner.status === "shown").map((partner) => partner.name);
    expect(header).toEqual(["Onderdeel", "Alle deelnemers", "Duiding", ...shown]);
    let ambition: unknown[] = [];
    summary?.eachRow((row) => {
      if (row.getCell(1).value === "Ambitie") ambition = (row.values as unknown[]).slice(1);
    });
    const lens = diagnosis.lenses.find((entry) => entry.id === "ambition");
    expect(ambition.slice(0, 2)).toEqual(["Ambitie", lens?.score]);
    expect(ambition.slice(3)).toEqual(
      diagnosis.partners.filter((partner) => partner.status === "shown").map((partner) => partner.lenses.ambition),
    );
    const groups: string[] = [];
    workbook.getWorksheet("Groepen")?.eachRow((row) => {
      groups.push(`${row.getCell(2).value}: ${row.getCell(3).value}`);
    });
    expect(groups).toContain(
      "Woningcorporatie Thuis: Nog niet in de cijfers (te weinig antwoorden om anoniem te blijven)",
    );
    const published: string[] = [];
    workbook.getWorksheet("Opmerkingen")?.eachRow((row, index) => {
      if (index > 1) published.push(String(row.getCell(2).value));
    });
    expect(published.sort()).toEqual(Object.values(comments).flat().sort());
    // The codebook labels every item in words: the statement as worded, which answer is favourable.
    const codebook = workbook.getWorksheet("Codeboek");
    expect((codebook?.rowCount ?? 0) - 1).toBe(itemsForVariant("full", instrument.version).length);
    let dominance: unknown[] = [];
    codebook?.eachRow((row) => {
      if (row.getCell(1).value === "people.dominance") dominance = (row.values as unknown[]).slice(1);
    });
    expect(dominance).toEqual([
      "people.dominance",
      "Stelling",
      "Mensen en relaties",
      findStatement("people.dominance")?.text.nl,
      "1 = helemaal oneens … 5 = helemaal eens; leeg = weet niet",
      "ja",
      "oneens",
    ]);
    // In the figures, the negatively worded statement's text stands beside its mean as worded.
    const figures = workbook.getWorksheet("Cijfers");
    const columns = ((figures?.getRow(1).values ?? []) as unknown[]).map(String);
    let figure: unknown[] = [];
    figures?.eachRow((row) => {
      if (row.getCell(2).value === "Alle deelnemers" && row.getCell(5).value === "people.dominance")
        figure = row.values as unknown[];
    });
    const statement = diagnosis.statements.find((entry) => entry.id === "people.dominance");
    expect(figure[columns.indexOf("Gemiddeld antwoord (1–5, in de richting van de tekst)")]).toBe(statement?.mean);
    expect(figure[columns.indexOf("% eens (4 of 5)")]).toBe(statement?.agreeShare);
    // Real numbers stay numbers, so a spreadsheet can calculate with them.
    expect(typeof figures?.getRow(2).getCell(3).value).toBe("number");
  });

  it("write the workbook in the language the person reads the results in, not the scan's", async () => {
    const file = await exportData(token, "xlsx", "en");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.body as Buffer).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "About",
      "Summary",
      "Figures",
      "Groups",
      "Comments",
      "Actions",
      "Codebook",
    ]);
    expect(workbook.getWorksheet("Summary")?.getCell("A3").value).toBe(
      "Lenses: favourability (0–100, higher = more favourable)",
    );
  });

  it("export the results as JSON for re-analysis: the diagnosis shown on screen, the comments and a codebook, without database ids", async () => {
    const file = await exportData(token, "json", "nl");
    const exported = JSON.parse(String(file.body)) as {
      about: string[];
      diagnosis: Diagnosis;
      comments: Record<string, string[]>;
      codebook: { id: string; text: string; favourableWhen: string | null }[];
    };
    const onScreen = await getResults(token);
    expect(exported.diagnosis.lenses).toEqual(onScreen.diagnosis.lenses);
    expect(exported.diagnosis.partners.map((partner) => partner.name)).toEqual(
      onScreen.diagnosis.partners.map((partner) => partner.name),
    );
    expect(exported.comments).toEqual(onScreen.comments);
    expect(exported.about[0]).toContain("heranalyse");
    expect(exported.codebook.find((item) => item.id === "people.dominance")).toMatchObject({
      text: findStatement("people.dominance")?.text.nl,
      favourableWhen: "oneens",
    });
    expect(String(file.body)).not.toMatch(/c[a-z0-9]{24}/);
  });

  it("neutralises text that a spreadsheet would run as a formula", async () => {
    const { managementToken, view } = await makeScan({ partners: ['=HYPERLINK("x")', "@Partner", "+Plus"] });
    for (const partner of view.partners) {
      for (const _ of [1, 2, 3]) {
        const { token: respondent } = await makeRespondent(partner.inviteToken);
        await saveResponses({
          token: respondent,
          answers: [{ itemId: "ambition.shared-goal", value: 4 }],
          comments: [],
        });
        await submitResponse({ token: respondent });
      }
    }
    for (const format of ["csv", "csv-analysis"] as const) {
      const csv = String((await exportData(managementToken, format, "nl")).body);
      expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
      expect(csv).toContain("'@Partner");
      expect(csv).toContain("'+Plus");
      expect(csv).not.toMatch(/[,;]=|[,;]@|[,;]\+/);
    }
  });
});

describe("the PowerPoint slides", () => {
  it("hold the workshop's slides in the reader's language, a reversed statement read as worded, no hidden partner", async () => {
    const file = await exportSlides(token, "nl", null);
    expect(file.filename).toBe("zorgnetwerk-rivierenland.pptx");
    const texts = await pptxTexts(file.body as Buffer);
    const { diagnosis, scan, review, actions } = await getResults(token);
    expect(texts).toHaveLength(
      buildDeck(diagnosis, "Zorgnetwerk Rivierenland", "nl", { round: scan.round, review, actions }).length,
    );
    expect(texts[0]).toContain("Zorgnetwerk Rivierenland");
    const all = texts.join("\n");
    for (const title of [
      "Top 3 om aan te werken",
      "Paradoxen die opvallen",
      "Gesignaleerde samenwerkingsvraagstukken",
    ]) {
      expect(all).toContain(title);
    }
    expect(all).not.toContain("Woningcorporatie Thuis");
    // On the people slide, the statement partners differ on most stands beside each partner's mean as worded.
    const statement = diagnosis.statements.find((entry) => entry.id === "people.dominance");
    const slide = texts.find((text) => text.includes(`‘${findStatement("people.dominance")?.text.nl}’`)) ?? "";
    expect(slide).toContain("Negatief geformuleerd: instemmen is hier ongunstig.");
    const oneDecimal = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(slide).toContain(`Totaal | ${oneDecimal.format(statement?.mean ?? 0)} · ${statement?.agreeShare}% eens`);
    for (const partner of diagnosis.partners.filter((entry) => entry.status === "shown")) {
      expect(slide).toContain(
        `${partner.name} | ${oneDecimal.format(partner.statementMeans["people.dominance"] ?? 0)}`,
      );
    }
    const english = (await pptxTexts((await exportSlides(token, "en", null)).body as Buffer)).join("\n");
    expect(english).toContain("Where partners differ most");
  });
});

/** The text of each page of a PDF, as pdftotext lays it out. */
function pdfPages(body: Buffer): string[] {
  const path = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
  writeFileSync(path, body);
  const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  return text.split("\f").filter((page) => page.trim() !== "");
}

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("the PDF report", () => {
  it("opens with a one-page summary and has every section, in the reader's language", async () => {
    const pages = pdfPages((await exportReport(token, "nl", "Jan de Vries, Adviesbureau Verbinding")).body as Buffer);
    const text = pages.join("\n");
    expect(pages[0]).toContain("Opgesteld door: Jan de Vries, Adviesbureau Verbinding");
    expect(pages[0]).toContain("Respons per partner");
    // The summary is page 2, all of it: what stands out, the top three, where partners differ.
    for (const part of ["Samenvatting", "Wat opvalt", "Top 3 om aan te werken", "Waar partners verschillen"]) {
      expect(pages[1], part).toContain(part);
    }
    expect(pages[2]).toContain("De vijf invalshoeken in één oogopslag");
    for (const section of [
      "De vijf invalshoeken",
      "Paradoxprofiel",
      "Samenwerkingsvraagstukken",
      "Gespreksagenda",
      "Achtergrond: vertrouwen en motieven",
      "Meetkwaliteit",
      "Bijlage: methode en bronnen",
    ]) {
      expect(text, section).toContain(section);
    }
    const { diagnosis } = await getResults(token);
    for (const lens of diagnosis.lenses) expect(text).toContain(`${lens.score} van 100`);
    expect(text).toContain("Sluimerend machtsspel");
    expect(text).not.toMatch(/Woningcorporatie Thuis\s+\d/);
    const english = pdfPages((await exportReport(token, "en", null)).body as Buffer);
    expect(english[1]).toContain("What stands out");
    expect(english.join("\n")).toContain("Paradox profile");
  });

  it("reads a negatively worded statement as worded: its mean answer and % agreeing beside its text", async () => {
    const text = pdfPages((await exportReport(token, "nl", null)).body as Buffer).join("\n");
    const { diagnosis } = await getResults(token);
    const statement = diagnosis.statements.find((entry) => entry.id === "people.dominance");
    const oneDecimal = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const lines = text.split("\n");
    const first = findStatement("people.dominance")?.text.nl.split(" ").slice(0, 8).join(" ") ?? "";
    // In the lens section the row reads: the statement, "(negatief geformuleerd …)", the mean as worded, the share agreeing.
    const row = lines.findIndex(
      (line, index) => line.startsWith(first) && /negatief geformuleerd/.test(lines.slice(index, index + 3).join(" ")),
    );
    expect(row).toBeGreaterThan(0);
    const figures = lines.slice(row, row + 3).join(" ");
    expect(figures).toContain(oneDecimal.format(statement?.mean ?? 0));
    expect(figures).toContain(`${statement?.agreeShare}%`);
    // People agree with it on the whole (a mean above 3), which is unfavourable: the favourable score is not beside it.
    expect(statement?.mean ?? 0).toBeGreaterThan(3);
    expect(figures).not.toMatch(new RegExp(`\\b${statement?.score}\\b`));
  });

  it("quotes the published comments and names each partner's colour on the paradox profile", async () => {
    const pages = pdfPages((await exportReport(token, "nl", null)).body as Buffer);
    const flat = pages.join(" ").replace(/\s+/g, " ");
    const { diagnosis, comments } = await getResults(token);
    const published = Object.values(comments).flat();
    expect(published.length).toBeGreaterThan(0);
    for (const comment of published) expect(flat).toContain(`“${comment.replace(/\s+/g, " ")}”`);
    const profile = flat.slice(flat.indexOf("Paradoxprofiel"), flat.indexOf("Bedrijfseconomische betekenis"));
    for (const partner of diagnosis.partners.filter((entry) => entry.status === "shown")) {
      expect(profile).toContain(partner.name);
    }
    expect(profile).not.toContain("Woningcorporatie Thuis");
  });

  it("leaves no page nearly empty, in either language", async () => {
    for (const locale of ["nl", "en"] as const) {
      const pages = pdfPages((await exportReport(token, locale, null)).body as Buffer);
      pages.forEach((page, index) => {
        const lines = page.split("\n").filter((line) => line.trim() !== "");
        // The footer is one line: a page holds at least a fifth of a page of content besides it.
        expect(lines.length, `${locale} page ${index + 1}`).toBeGreaterThanOrEqual(10);
      });
    }
  });
});
