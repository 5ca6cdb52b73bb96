import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoScanInput } from "../../demo/demo-scan";
import { diagnose } from "../../scoring/diagnose";
import type { AgendaItem } from "../../scoring/types";
import { statementText } from "../labels";
import { twoCampsDiagnosis } from "../testing/two-camps";
import { renderReport } from "./render";

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("renderReport", () => {
  let text = "";
  let path = "";

  beforeAll(async () => {
    // A long agenda, to see the numbers from 10 on.
    const agenda: AgendaItem[] = Array.from({ length: 12 }, (_, index) => ({
      kind: "contested-statement",
      refId: `item-${index}`,
      question: { nl: `Vraag nummer ${index + 1} voor het gesprek.`, en: `Question ${index + 1}.` },
    }));
    const diagnosis = { ...twoCampsDiagnosis(), agenda };
    path = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
    writeFileSync(path, await renderReport({ diagnosis, comments: {}, scanName: "Netwerk" }, "nl", null));
    text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  });

  it("numbers a long agenda with the number and its full stop on one line", () => {
    for (const number of [1, 9, 10, 12]) {
      expect(text).toMatch(new RegExp(`^\\s*${number}\\.\\s+Vraag nummer ${number} voor het gesprek\\.`, "m"));
    }
  });

  it("says per lens why its coherence (Cronbach's alpha) is not computed when too few respondents count", () => {
    // Without -layout each table row reads in order, whatever the column widths.
    const flat = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const lens of ["Ambitie", "Belangen", "Mensen en relaties", "Organisatie", "Proces"]) {
      expect(flat).toMatch(new RegExp(`${lens} \\d+ \\d+ \\d+% niet berekend: minder dan 10 respondenten`));
    }
    expect(flat).toContain(
      "De samenhang (Cronbachs alfa) zegt of de stellingen van een invalshoek samen één ding meten",
    );
  });

  it("writes the minus sign of the scales as a minus, in a typeface of its own embedded in the file", () => {
    expect(text).toContain("\u22123 (helemaal de eerste pool) tot +3");
    const fonts = execFileSync("pdffonts", [path], { encoding: "utf8" });
    expect(fonts).toMatch(/Inter-Regular\s.*\syes\s/);
    expect(fonts).not.toContain("Helvetica");
  });
});

// The demo's report, rendered once per language for every test that reads it (rendering is the slow part).
const demoDiagnosis = diagnose(demoScanInput());
const demoReports = new Map<"nl" | "en", Promise<string>>();
function demoReport(locale: "nl" | "en"): Promise<string> {
  let report = demoReports.get(locale);
  if (!report) {
    report = renderReport({ diagnosis: demoDiagnosis, comments: {}, scanName: "Demo" }, locale, null).then((pdf) => {
      const path = join(mkdtempSync(join(tmpdir(), "report-")), `demo-${locale}.pdf`);
      writeFileSync(path, pdf);
      return path;
    });
    demoReports.set(locale, report);
  }
  return report;
}

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("the report's measurement quality", () => {
  const diagnosis = demoDiagnosis;
  const render = async (locale: "nl" | "en") => {
    const path = await demoReport(locale);
    // Without -layout a table row reads as one line per cell; joining the lines keeps a wrapped sentence whole.
    return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  };

  it.each([
    { locale: "nl", coherence: "Samenhang (alfa)", flagged: "weet niet" },
    { locale: "en", coherence: "Coherence (alpha)", flagged: "don’t know" },
  ] as const)("gives per lens its alpha and names the statements many could not judge ($locale)", async (language) => {
    const text = await render(language.locale);
    const decimal = language.locale === "nl" ? "," : ".";
    expect(text).toContain(language.coherence);
    // The figures are the diagnosis's, as the lenses page shows them.
    for (const lens of diagnosis.quality.lenses) {
      expect(lens.alpha, lens.id).not.toBeNull();
      const alpha = (lens.alpha ?? 0).toFixed(2).replace(".", decimal);
      expect(text).toContain(`${alpha} (`);
    }
    const flagged = diagnosis.quality.statements.filter((statement) => statement.isFlagged);
    expect(flagged.length).toBeGreaterThan(0);
    for (const statement of flagged) {
      expect(text).toContain(
        `${statement.dontKnowShare}% ${language.flagged}: ‘${statementText(statement.statementId, language.locale)}’`,
      );
    }
  });
});

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("a long report", () => {
  it("keeps its footer the same size on every page, however many pages (the demo runs past ten)", async () => {
    const text = execFileSync("pdftotext", ["-layout", await demoReport("nl"), "-"], { encoding: "utf8" });
    const pages = Number(text.match(/Pagina 1 van (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(text.match(/Pagina \d+ van \d+/g)).toHaveLength(pages);
  });
});

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("the report's tables", () => {
  it("keep each column head apart from the next, so two partners' names never read as one", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "report-")), "demo.pdf");
    const diagnosis = diagnose(demoScanInput());
    writeFileSync(path, await renderReport({ diagnosis, comments: {}, scanName: "Demo" }, "nl", null));
    // pdftotext joins words into one line when the gap between them is no wider than a space or two.
    const lines = [
      ...execFileSync("pdftotext", ["-bbox-layout", path, "-"], { encoding: "utf8" }).matchAll(
        /<line[^>]*>([\s\S]*?)<\/line>/g,
      ),
    ].map((line) => [...(line[1] ?? "").matchAll(/>([^<]+)<\/word>/g)].map((word) => word[1]).join(" "));
    const heads = [
      "Oordeel",
      ...diagnosis.partners.filter((partner) => partner.status === "shown").map((partner) => partner.name),
    ];
    expect(heads.length).toBeGreaterThan(2);
    for (const [index, head] of heads.entries()) {
      const next = heads[index + 1];
      if (!next) continue;
      const joined = `${head.split(" ").at(-1)} ${next.split(" ")[0]}`;
      expect(lines.filter((line) => line.includes(joined))).toEqual([]);
    }
  });
});
