import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { itemsForVariant } from "../../lib/instrument/items";
import type { Diagnosis } from "../../lib/scoring";
import { db } from "../../lib/server/db";
import { createDemoCopy } from "../../lib/server/demo/create-demo-scan";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { getResults } from "../../lib/server/results/get-results";
import { exportReport } from "../../lib/server/results/report-pdf";
import { makeRespondent, makeScan } from "../support/factories";

let token = "";

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += char;
  }
  return rows;
}

/** CSV rows as objects keyed by their header. */
function csvRecords(body: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(body.replace(/^\uFEFF/, ""));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}

beforeAll(async () => {
  token = await createDemoCopy(db);
});

describe("data exports", () => {
  it("write the figures the results show, per group, and no answers per person", async () => {
    const file = await exportData(token, "csv");
    expect(file.filename).toBe("zorgnetwerk-rivierenland.csv");
    const records = csvRecords(String(file.body));
    const { diagnosis, comments } = await getResults(token);
    const lensRows = (group: string) =>
      records
        .filter((row) => row.Groep === group && row["Soort cijfer"] === "Invalshoek")
        .map((row) => row["Score (0–100, hoger = gunstiger)"]);
    expect(lensRows("Alle deelnemers")).toEqual(diagnosis.lenses.map((lens) => String(lens.score)));
    for (const partner of diagnosis.partners.filter((entry) => entry.status === "shown")) {
      expect(lensRows(partner.name), partner.name).toEqual(
        diagnosis.lenses.map((lens) => String(partner.lenses[lens.id])),
      );
    }
    // The small partner has no figures of its own, and nothing identifies a person.
    expect(records.some((row) => row.Groep === "Woningcorporatie Thuis")).toBe(false);
    expect(Object.keys(records[0] ?? {})).not.toContain("Respondent");
    // A negatively worded statement reads in its own direction: agreeing is a high mean and a low score.
    const dominance = records.find((row) => row.Groep === "Alle deelnemers" && row["Item-id"] === "people.dominance");
    const statement = diagnosis.statements.find((entry) => entry.id === "people.dominance");
    expect(dominance?.["Negatief geformuleerd"]).toBe("ja");
    expect(Number(dominance?.["Gemiddeld antwoord (1–5, zoals geformuleerd)"])).toBe(statement?.mean);
    expect(Number(dominance?.["Score (0–100, hoger = gunstiger)"])).toBe(statement?.score);
    // Comments come along, as rows of their own.
    const commentTexts = records.filter((row) => row["Soort cijfer"] === "Opmerking").map((row) => row.Tekst);
    expect(commentTexts.sort()).toEqual(Object.values(comments).flat().sort());
    expect(commentTexts.length).toBeGreaterThan(0);
  });

  it("write a workbook with notes, figures, groups with their status, comments and a codebook", async () => {
    const file = await exportData(token, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.body as Buffer).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Toelichting",
      "Cijfers",
      "Groepen",
      "Opmerkingen",
      "Codeboek",
    ]);
    expect(workbook.getWorksheet("Toelichting")?.getCell("A1").value).toContain("Zorgnetwerk Rivierenland");
    const groups: string[] = [];
    workbook.getWorksheet("Groepen")?.eachRow((row) => {
      groups.push(`${row.getCell(2).value}: ${row.getCell(3).value}`);
    });
    expect(groups).toContain(
      "Woningcorporatie Thuis: Nog niet in de cijfers (te weinig antwoorden om anoniem te blijven)",
    );
    const codebook = workbook.getWorksheet("Codeboek");
    expect((codebook?.rowCount ?? 0) - 1).toBe(itemsForVariant("full").length);
    // Real numbers stay numbers, so a spreadsheet can calculate with them.
    const figures = workbook.getWorksheet("Cijfers");
    expect(typeof figures?.getRow(2).getCell(3).value).toBe("number");
  });

  it("export the results as JSON: the diagnosis shown on screen and the comments, without database ids", async () => {
    const file = await exportData(token, "json");
    const exported = JSON.parse(String(file.body)) as { diagnosis: Diagnosis; comments: Record<string, string[]> };
    const onScreen = await getResults(token);
    expect(exported.diagnosis.lenses).toEqual(onScreen.diagnosis.lenses);
    expect(exported.diagnosis.partners.map((partner) => partner.name)).toEqual(
      onScreen.diagnosis.partners.map((partner) => partner.name),
    );
    expect(exported.comments).toEqual(onScreen.comments);
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
    const csv = String((await exportData(managementToken, "csv")).body);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain("'@Partner");
    expect(csv).toContain("'+Plus");
    expect(csv).not.toMatch(/,=|,@|,\+/);
  });
});

describe("the PDF report", () => {
  it.skipIf(!existsSync("/usr/bin/pdftotext"))("has every section and the numbers of the diagnosis", async () => {
    const file = await exportReport(token, "Jan de Vries, Adviesbureau Verbinding");
    const path = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
    writeFileSync(path, file.body);
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
    for (const section of [
      "Samenwerkingsscan",
      "Opgesteld door: Jan de Vries, Adviesbureau Verbinding",
      "Respons per partner",
      "Top 3 om aan te werken",
      "De vijf invalshoeken",
      "Paradoxprofiel",
      "Partners naast elkaar",
      "Samenwerkingsvraagstukken",
      "Gespreksagenda",
      "Bijlage: methode en bronnen",
    ]) {
      expect(text, section).toContain(section);
    }
    const { diagnosis } = await getResults(token);
    for (const lens of diagnosis.lenses) {
      expect(text).toMatch(new RegExp(`${lens.score}\\s+Aandachtspunt|${lens.score} · `));
    }
    expect(text).toContain("Sluimerend machtsspel");
    expect(text).not.toMatch(/Woningcorporatie Thuis\s+\d/);
  });
});
