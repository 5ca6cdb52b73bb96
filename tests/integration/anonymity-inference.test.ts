import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { answersFor } from "../../lib/instrument/profile-answers";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { exportSlides } from "../../lib/server/results/export-slides";
import { getOwnResults } from "../../lib/server/results/get-own-results";
import { getResults } from "../../lib/server/results/get-results";
import { exportReport } from "../../lib/server/results/report-pdf";
import { makeRespondent, makeScan } from "../support/factories";

/**
 * An attacker with the management link (or a respondent's link) tries to
 * learn what a partner below the anonymity threshold answered. Two scans are
 * identical except for the small partner's answers (all lowest versus all
 * highest, comments included); a third has no small partner at all. Every
 * output (results pages' data, a respondent's own results, CSV, workbook,
 * JSON, slides and PDF) must be the same for all three where figures are concerned.
 */
type SmallGroup = "lowest" | "highest" | "absent";

const SMALL_PARTNER = "Corporatie";

async function answer(inviteToken: string, level: number, comment: string): Promise<string> {
  const { token } = await makeRespondent(inviteToken, "manager");
  const answers = Object.entries(answersFor("quick", { level, position: level - 3 }, level)).map(([itemId, value]) => ({
    itemId,
    value,
  }));
  await saveResponses({ token, answers, comments: [{ lensId: "ambition", text: comment }] });
  await submitResponse({ token });
  return token;
}

async function scanWith(small: SmallGroup) {
  const { managementToken, view } = await makeScan({
    name: "Inferentieproef",
    anonymityThreshold: 3,
    partners: ["Gemeente", "Zorgaanbieder", SMALL_PARTNER],
  });
  const [gemeente, zorg, corporatie] = view.partners;
  let respondentToken = "";
  for (const [index, level] of [2, 3, 4].entries()) {
    respondentToken = await answer(gemeente?.inviteToken ?? "", level, `Gemeente ${index}`);
    await answer(zorg?.inviteToken ?? "", level + 1, `Zorgaanbieder ${index}`);
  }
  if (small !== "absent") {
    for (const index of [0, 1]) {
      await answer(corporatie?.inviteToken ?? "", small === "lowest" ? 1 : 5, `Geheim van de corporatie ${index}`);
    }
  }
  return { managementToken, respondentToken };
}

/** Everything that differs between any two scans whatever was answered: ids, dates, times. */
function normalise(text: string): string {
  return text
    .replace(/\b[a-z0-9]{25}\b/g, "<id>")
    .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, "<time>")
    .replace(/\d{1,2} [a-z]+ \d{4}/gi, "<date>");
}

async function workbookText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(body).buffer);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      lines.push(`${sheet.name}|${JSON.stringify(row.values)}`);
    });
  });
  return lines.join("\n");
}

/** Every text of every slide, in order. */
async function slidesText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const names = Object.keys(zip.files)
    .filter((name) => name.startsWith("ppt/slides/slide"))
    .sort();
  const texts = await Promise.all(names.map((name) => zip.file(name)?.async("string") ?? ""));
  return texts.map((xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join("|")).join("\n");
}

function pdfText(body: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), "inference-")), "report.pdf");
  writeFileSync(path, body);
  return execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
}

/** An exported diagnosis without response counts and partner statuses, which differ when a partner has no respondents at all. */
function withoutCounts(exported: { exportedAt: string; diagnosis: Record<string, unknown> }) {
  const { submittedCount: _submitted, partners, ...diagnosis } = exported.diagnosis;
  return {
    ...exported,
    exportedAt: "",
    diagnosis: {
      ...diagnosis,
      partners: (partners as { status: string; submitted: number; suppressed: boolean }[]).filter(
        (partner) => !partner.suppressed,
      ),
    },
  };
}

/** Every output a manager or respondent can reach, as text. */
async function outputs(small: SmallGroup) {
  const { managementToken, respondentToken } = await scanWith(small);
  const results = await getResults(managementToken);
  const { diagnosis } = results;
  return {
    // What the results pages render, minus the count of responses (which is not an answer).
    figures: normalise(
      JSON.stringify({
        lenses: diagnosis.lenses,
        statements: diagnosis.statements,
        paradoxes: diagnosis.paradoxes,
        problems: diagnosis.problems,
        contested: diagnosis.contested,
        advice: diagnosis.advice,
        agenda: diagnosis.agenda,
        visiblePartners: diagnosis.partners.filter((partner) => !partner.suppressed),
        roles: diagnosis.roles,
      }),
    ),
    hiddenPartner: diagnosis.partners.find((partner) => partner.name === SMALL_PARTNER),
    comments: JSON.stringify(results.comments),
    own: JSON.stringify(await getOwnResults(respondentToken)),
    csv: String((await exportData(managementToken, "csv", "nl")).body),
    json: normalise(String((await exportData(managementToken, "json", "nl")).body)),
    // The JSON's figures, without how many submitted and each partner's status (counts, not answers).
    jsonFigures: normalise(
      JSON.stringify(withoutCounts(JSON.parse(String((await exportData(managementToken, "json", "nl")).body)))),
    ),
    xlsx: normalise(await workbookText((await exportData(managementToken, "xlsx", "nl")).body as Buffer)),
    pptx: normalise(await slidesText((await exportSlides(managementToken, "nl", null)).body as Buffer)),
    pdf: existsSync("/usr/bin/pdftotext")
      ? normalise(pdfText((await exportReport(managementToken, "nl", null)).body as Buffer))
      : "no pdftotext on this machine",
  };
}

describe("a partner below the anonymity threshold", () => {
  it("cannot be inferred from any output, nor by comparing totals with and without it", async () => {
    const lowest = await outputs("lowest");
    const highest = await outputs("highest");
    const absent = await outputs("absent");

    // Its answers change nothing anywhere: everything is identical whatever it answered.
    for (const key of ["figures", "comments", "own", "csv", "json", "xlsx", "pptx", "pdf"] as const) {
      expect(highest[key], key).toBe(lowest[key]);
    }
    // And the totals are those of the scan without it, so subtracting reveals nothing.
    for (const key of ["figures", "comments", "own", "csv", "jsonFigures"] as const) {
      expect(absent[key], key).toBe(lowest[key]);
    }
    // It is listed as too small, with no figures of its own.
    expect(lowest.hiddenPartner?.suppressed).toBe(true);
    for (const text of [lowest.csv, lowest.json, lowest.xlsx, lowest.pptx, lowest.comments]) {
      expect(text).not.toContain("Geheim van de corporatie");
      expect(text).not.toMatch(/Corporatie\W+\d/);
    }
    expect(lowest.pdf).not.toMatch(/Corporatie\s+\d/);
  });

  it("is compared by construction: the larger partners' answers do show in every output", async () => {
    // Guards the test above against passing on empty outputs.
    const lowest = await outputs("lowest");
    expect(lowest.csv).toContain("Gemeente");
    expect(lowest.json).toContain("Zorgaanbieder");
    expect(lowest.pptx).toContain("Zorgaanbieder");
    expect(lowest.comments).toContain("Gemeente 0");
    expect(JSON.parse(lowest.own).lenses.some((lens: { overall: number | null }) => lens.overall !== null)).toBe(true);
  });
});
