import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { itemsForVariant } from "../../lib/instrument/items";
import type { Diagnosis, ScanInput } from "../../lib/scoring";
import { db } from "../../lib/server/db";
import { createDemoScan } from "../../lib/server/demo/create-demo-scan";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { getResults } from "../../lib/server/results/get-results";
import { exportReport } from "../../lib/server/results/report-pdf";
import { hashToken } from "../../lib/server/tokens";
import { makeRespondent, makeScan } from "../support/factories";

let token = "";

/** The answers the exports should contain: submitted respondents of partners large enough to report. */
async function reportableAnswers() {
  const scan = await db.scan.findUniqueOrThrow({ where: { managementTokenHash: hashToken(token) } });
  const rows = await db.answer.findMany({
    where: {
      respondent: { scanId: scan.id, submittedAt: { not: null }, partner: { name: { not: "Woningcorporatie Thuis" } } },
    },
    include: { respondent: { include: { partner: true } } },
  });
  return rows.map((row) => `${row.respondent.partner?.name}|${row.itemId}|${row.value ?? ""}`).sort();
}

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

/** The figures a person sees; group sizes and flags of hidden partners may differ after anonymising. */
function figures(diagnosis: Diagnosis) {
  return {
    lenses: diagnosis.lenses,
    statements: diagnosis.statements,
    paradoxes: diagnosis.paradoxes,
    problems: diagnosis.problems.map((problem) => ({
      ...problem,
      evidence: problem.evidence.map((evidence) => ({
        ...evidence,
        partners: evidence.partners.map((entry) => entry.value),
      })),
    })),
    contested: diagnosis.contested.map((entry) => ({
      ...entry,
      highest: entry.highest?.score,
      lowest: entry.lowest?.score,
    })),
    advice: diagnosis.advice,
    agenda: diagnosis.agenda,
    partners: diagnosis.partners.filter((partner) => !partner.suppressed).map(({ id: _id, ...partner }) => partner),
    roles: diagnosis.roles.filter((role) => !role.suppressed),
  };
}

beforeAll(async () => {
  token = await createDemoScan(db);
});

describe("data exports", () => {
  it("writes one CSV row per respondent and answered item, matching the stored answers, without the hidden partner", async () => {
    const file = await exportData(token, "csv");
    expect(file.filename).toBe("zorgnetwerk-rivierenland.csv");
    const [header, ...rows] = parseCsv(String(file.body).replace(/^\uFEFF/, ""));
    expect(header).toEqual(["respondent", "partner", "role", "item_id", "item_text", "value"]);
    expect(rows.map((row) => `${row[1]}|${row[3]}|${row[5]}`).sort()).toEqual(await reportableAnswers());
    expect(rows.some((row) => row[1] === "Woningcorporatie Thuis")).toBe(false);
    expect(new Set(rows.map((row) => row[0]))).toEqual(
      new Set(Array.from({ length: 12 }, (_, i) => `respondent-${i + 1}`)),
    );
  });

  it("writes the same answers to the workbook, with a codebook describing every item", async () => {
    const file = await exportData(token, "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.body as Buffer).buffer);
    const answers = workbook.getWorksheet("Antwoorden");
    const values: string[] = [];
    answers?.eachRow((row, number) => {
      if (number > 1) values.push(`${row.getCell(2).value}|${row.getCell(4).value}|${row.getCell(6).value ?? ""}`);
    });
    expect(values.sort()).toEqual(await reportableAnswers());
    const codebook = workbook.getWorksheet("Codeboek");
    expect((codebook?.rowCount ?? 0) - 1).toBe(itemsForVariant("full").length);
    expect(workbook.getWorksheet("Toelichting")?.getCell("A1").value).toContain("Zorgnetwerk Rivierenland");
  });

  it("exports JSON that the diagnose command turns into the diagnosis shown on screen", async () => {
    const file = await exportData(token, "json");
    const input = JSON.parse(String(file.body)) as ScanInput;
    expect(JSON.stringify(input)).not.toMatch(/c[a-z0-9]{24}/); // no database ids
    const path = join(mkdtempSync(join(tmpdir(), "export-")), "scan.json");
    writeFileSync(path, String(file.body));
    const result = spawnSync("npx", ["tsx", "scripts/diagnose.ts", path], { encoding: "utf8" });
    expect(result.status).toBe(0);
    const fromExport = JSON.parse(result.stdout) as Diagnosis;
    const onScreen = (await getResults(token)).diagnosis;
    expect(figures(fromExport)).toEqual(figures(onScreen));
  });

  it("neutralises text that a spreadsheet would run as a formula", async () => {
    const { managementToken, view } = await makeScan({
      partners: ['=HYPERLINK("x")', "@Partner", "+Plus"],
      anonymityThreshold: 2,
    });
    for (const partner of view.partners) {
      for (const _ of [1, 2]) {
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
