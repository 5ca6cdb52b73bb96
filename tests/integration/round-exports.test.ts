import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../lib/export/testing/parse-csv";
import { pptxTexts } from "../../lib/export/testing/pptx-texts";
import { createAction } from "../../lib/server/agreed-actions/create-action";
import { setActionStatus } from "../../lib/server/agreed-actions/set-action-status";
import { createNextRound } from "../../lib/server/collaboration/create-next-round";
import { exportData } from "../../lib/server/results/export-scan";
import { exportSlides } from "../../lib/server/results/export-slides";
import { exportReport } from "../../lib/server/results/report-pdf";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { makeScan, nextRoundInput, submitAmbition } from "../support/factories";

/**
 * The data files and the report of round 2: the actions agreed in round 2,
 * the review of round 1's actions with the change in their lens, and in the
 * report the change per lens since round 1.
 */

let managementToken = "";

beforeAll(async () => {
  const first = await makeScan({ name: "Netwerk Oost" });
  managementToken = first.managementToken;
  for (const partner of first.view.partners) await submitAmbition(partner.inviteToken, 2);
  const agreed = await createAction({
    managementToken,
    round: 1,
    description: "Samen de ambitie op één A4 zetten",
    ownerPartnerId: first.view.partners[0]?.id ?? null,
    ownerName: "",
    dueOn: new Date("2027-01-31T00:00:00.000Z"),
    findingKind: "lens",
    findingId: "ambition",
  });
  await createNextRound(nextRoundInput(managementToken));
  await setActionStatus({ managementToken, actionId: agreed.id, status: "done" });
  for (const partner of (await getManagementView(managementToken)).partners)
    await submitAmbition(partner.inviteToken, 4);
  await createAction({
    managementToken,
    round: 2,
    description: "Kwartaaloverleg over de verdeling van de kosten",
    ownerPartnerId: null,
    ownerName: "Marieke de Boer",
    dueOn: null,
    findingKind: "paradox",
    findingId: "paradox.central-vs-local",
  });
});

describe("a round's exports", () => {
  it("hold the actions and the review in the workbook, the CSV and the JSON", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array((await exportData(managementToken, "xlsx", "nl")).body as Buffer).buffer);
    const sheet = workbook.getWorksheet("Acties");
    expect(sheet).toBeDefined();
    const rows = (sheet?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual([
      "Ronde",
      "Actie",
      "Eigenaar",
      "Klaar op",
      "Stand van zaken",
      "Soort bevinding",
      "Bevinding",
      "Invalshoek",
      "Invalshoek: ronde waarin afgesproken",
      "Invalshoek: deze ronde",
      "Invalshoek: verandering",
    ]);
    expect(rows[1]).toEqual([
      1,
      "Samen de ambitie op één A4 zetten",
      "Gemeente",
      "2027-01-31",
      "Gedaan",
      "Invalshoek",
      "Ambitie",
      "Ambitie",
      25,
      75,
      50,
    ]);
    expect(rows[2]?.slice(0, 7)).toEqual([
      2,
      "Kwartaaloverleg over de verdeling van de kosten",
      "Marieke de Boer",
      undefined,
      "Open",
      "Paradox",
      expect.any(String),
    ]);

    const csv = String((await exportData(managementToken, "csv", "nl")).body).replace(/^\uFEFF/, "");
    const [header = [], ...lines] = parseCsv(csv, ";");
    const kind = header.indexOf("Soort cijfer");
    const text = header.indexOf("Tekst");
    const actions = lines.filter((line) => line[kind] === "Actie").map((line) => line[text]);
    expect(actions).toEqual([
      "Samen de ambitie op één A4 zetten · Gemeente · Gedaan · 2027-01-31",
      "Kwartaaloverleg over de verdeling van de kosten · Marieke de Boer · Open",
    ]);

    const json = JSON.parse(String((await exportData(managementToken, "json", "en")).body));
    expect(json.round).toBe(2);
    expect(json.actions).toMatchObject([
      { round: 2, owner: { name: "Marieke de Boer", isPartner: false }, status: "open", finding: { kind: "paradox" } },
    ]);
    expect(json.actionReview).toMatchObject([
      {
        round: 1,
        status: "done",
        owner: { name: "Gemeente", isPartner: true },
        lensChange: { id: "ambition", before: { value: 25 }, after: { value: 75 }, change: 50 },
        summary: ["Ambition: 25 → 75 (+50)"],
      },
    ]);
    expect(json.change.lenses.find((lens: { id: string }) => lens.id === "ambition").cells).toEqual([
      { value: 25, status: "shown" },
      { value: 75, status: "shown" },
    ]);
    // Owners appear by name: no database id of a partner leaves the installation.
    expect(JSON.stringify(json)).not.toMatch(/"ownerPartnerId"|"partnerId":"c[a-z0-9]{20,}"/);
  });

  it("open round 2's PowerPoint with the review of round 1's actions and end it with round 2's decisions", async () => {
    const texts = await pptxTexts((await exportSlides(managementToken, "nl", null)).body as Buffer);
    // As in the workshop: the title slide, then the review.
    expect(texts[1]).toMatch(/^Terugblik: acties van ronde 1 \| /);
    for (const part of [
      "Gedaan",
      "Samen de ambitie op één A4 zetten",
      "Eigenaar: Gemeente · klaar op 31 jan 2027 · Over: Invalshoek · Ambitie",
      "Ambitie: 25 → 75 (+50)",
    ]) {
      expect(texts[1]).toContain(part);
    }
    expect(texts.at(-1)).toMatch(/^Besluiten: wie doet wat\? \| /);
    expect(texts.at(-1)).toMatch(
      /Paradox · Centrale sturing – [^|]+ \| Kwartaaloverleg over de verdeling van de kosten \| Marieke de Boer \| – \| Open/,
    );

    const english = await pptxTexts((await exportSlides(managementToken, "en", null)).body as Buffer);
    expect(english[1]).toContain("Review: actions of round 1");
    expect(english[1]).toContain("Ambition: 25 → 75 (+50)");
    expect(english.at(-1)).toContain("Decisions: who does what?");
    expect(english.at(-1)).toContain("| Marieke de Boer | – | Open");

    // Round 1 has nothing to look back on; its decisions are the action agreed then, done by now.
    const first = await pptxTexts((await exportSlides(managementToken, "nl", null, 1)).body as Buffer);
    expect(first.some((text) => text.startsWith("Terugblik"))).toBe(false);
    expect(first.at(-1)).toContain(
      "Invalshoek · Ambitie | Samen de ambitie op één A4 zetten | Gemeente | 31 jan 2027 | Gedaan",
    );
  });

  it.skipIf(!existsSync("/usr/bin/pdftotext"))(
    "puts the review of round 1's actions, the change since round 1 and round 2's actions in the report",
    async () => {
      const path = join(mkdtempSync(join(tmpdir(), "round-report-")), "report.pdf");
      writeFileSync(path, (await exportReport(managementToken, "nl", null)).body as Buffer);
      const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
      expect(text).toContain("Terugblik op de acties van ronde 1");
      expect(text).toMatch(/\[Gedaan\] Samen de ambitie op één A4 zetten/);
      expect(text).toMatch(/Ambitie: 25 → 75 \(\+50\)/);
      expect(text).toContain("Verandering sinds ronde 1");
      expect(text).toMatch(/Ambitie\s+25\s+75\s+\+50/);
      expect(text).toContain("Afspraken: wie doet wat");
      expect(text).toMatch(/\[Open\] Kwartaaloverleg over de verdeling van de kosten/);
      expect(text).toContain("Eigenaar: Marieke de Boer");
    },
  );
});
