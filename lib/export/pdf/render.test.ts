import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { demoScanInput } from "../../demo/demo-scan";
import { diagnose } from "../../scoring/diagnose";
import type { AgendaItem } from "../../scoring/types";
import { twoCampsDiagnosis } from "../testing/two-camps";
import { renderReport } from "./render";

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("renderReport", () => {
  let text = "";

  beforeAll(async () => {
    // A long agenda, to see the numbers from 10 on.
    const agenda: AgendaItem[] = Array.from({ length: 12 }, (_, index) => ({
      kind: "contested-statement",
      refId: `item-${index}`,
      question: { nl: `Vraag nummer ${index + 1} voor het gesprek.`, en: `Question ${index + 1}.` },
    }));
    const diagnosis = { ...twoCampsDiagnosis(), agenda };
    const path = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
    writeFileSync(path, await renderReport({ diagnosis, comments: {}, scanName: "Netwerk" }, "nl", null));
    text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  });

  it("numbers a long agenda with the number and its full stop on one line", () => {
    for (const number of [1, 9, 10, 12]) {
      expect(text).toMatch(new RegExp(`^\\s*${number}\\.\\s+Vraag nummer ${number} voor het gesprek\\.`, "m"));
    }
  });

  it("keeps the minus sign of the scales, which the built-in font cannot draw, as a hyphen", () => {
    expect(text).toContain("-3 (helemaal de eerste pool) tot +3");
  });
});

describe.skipIf(!existsSync("/usr/bin/pdftotext"))("a long report", () => {
  it("keeps its footer the same size on every page, however many pages (the demo runs past ten)", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "report-")), "demo.pdf");
    const diagnosis = diagnose(demoScanInput());
    writeFileSync(path, await renderReport({ diagnosis, comments: {}, scanName: "Demo" }, "nl", null));
    const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
    const pages = Number(text.match(/Pagina 1 van (\d+)/)?.[1]);
    expect(pages).toBeGreaterThan(10);
    expect(text.match(/Pagina \d+ van \d+/g)).toHaveLength(pages);
  });
});
