import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inviteByEmail } from "../../lib/server/invitations/invite-by-email";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { exportSlides } from "../../lib/server/results/export-slides";
import { getResults } from "../../lib/server/results/get-results";
import { exportReport } from "../../lib/server/results/report-pdf";
import { makeScan } from "../support/factories";
import { personalTokenIn } from "../support/mail-links";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

const smtpPort = await vi.hoisted(async () => {
  const { useTestSmtpSettings } = await import("../support/smtp-env");
  return useTestSmtpSettings();
});

// Distinctive local parts, so a hit cannot be a coincidence in the figures' own texts.
const ADDRESSES = [
  ["xq-anne@voorbeeld-gemeente.nl", "xq-bert@voorbeeld-gemeente.nl", "xq-carla@voorbeeld-gemeente.nl"],
  ["xq-dirk@zorg-voorbeeld.nl", "xq-eva@zorg-voorbeeld.nl", "xq-fred@zorg-voorbeeld.nl"],
];
const NEEDLES = [...ADDRESSES.flat(), ...ADDRESSES.flat().map((address) => address.split("@")[0] ?? ""), "voorbeeld"];

let sink: SmtpSink;
let managementToken = "";

beforeAll(async () => {
  sink = await startSmtpSink(smtpPort);
  const scan = await makeScan({ name: "Privacy bij exports" });
  managementToken = scan.managementToken;
  for (const [index, addresses] of ADDRESSES.entries()) {
    const partnerId = scan.view.partners[index]?.id ?? "";
    const sending = await inviteByEmail(
      { managementToken, partnerId, addresses: addresses.join("\n") },
      "https://scan.example.org",
    );
    // Once on a very busy machine a mail was missing below; this says whether sending itself failed.
    expect(sending).toEqual({ sent: addresses.length, failed: 0, alreadyInvited: 0 });
  }
  for (const [person, address] of ADDRESSES.flat().entries()) {
    const token = personalTokenIn(sink.to(address)[0]);
    await saveResponses({
      token,
      answers: [
        { itemId: "ambition.shared-goal", value: 2 + (person % 3) },
        { itemId: "ambition.inspiring", value: 3 },
      ],
      comments: [{ lensId: "ambition", text: "Het doel is helder." }],
    });
    await submitResponse({ token });
  }
});

afterAll(async () => {
  await sink.close();
});

/** Every text inside an Office file (a zip of XML parts). */
async function zipText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const parts = await Promise.all(Object.values(zip.files).map((file) => (file.dir ? "" : file.async("string"))));
  return parts.join("\n");
}

function expectNoAddress(name: string, text: string): void {
  for (const needle of NEEDLES) expect(text.toLowerCase(), `${name} contains ${needle}`).not.toContain(needle);
}

describe("e-mail addresses never reach results or exports", () => {
  it("the results and every data export hold figures of the invited people's answers but not their addresses", async () => {
    const results = await getResults(managementToken);
    expect(results.diagnosis.partners.filter((partner) => partner.status === "shown").length).toBeGreaterThan(0);
    expectNoAddress("results", JSON.stringify(results));
    for (const locale of ["nl", "en"] as const) {
      for (const format of ["csv", "csv-analysis", "json"] as const) {
        const file = await exportData(managementToken, format, locale);
        expect(String(file.body)).toContain("ambition");
        expectNoAddress(`${format} (${locale})`, String(file.body));
      }
      const xlsx = await exportData(managementToken, "xlsx", locale);
      expectNoAddress(`xlsx (${locale})`, await zipText(xlsx.body as Buffer));
      const pptx = await exportSlides(managementToken, locale, null);
      expectNoAddress(`pptx (${locale})`, await zipText(pptx.body as Buffer));
    }
  });

  it.skipIf(!existsSync("/usr/bin/pdftotext"))("the PDF report does not hold them either", async () => {
    for (const locale of ["nl", "en"] as const) {
      const path = join(mkdtempSync(join(tmpdir(), "report-")), "report.pdf");
      writeFileSync(path, (await exportReport(managementToken, locale, null)).body as Buffer);
      const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
      expect(text).toContain("Privacy bij exports");
      expectNoAddress(`pdf (${locale})`, text);
    }
  });
});
