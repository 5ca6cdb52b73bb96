import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { instrument } from "../../content";
import { itemsForVariant } from "../../lib/instrument/items";
import { stepsFor } from "../../lib/instrument/steps";
import type { Diagnosis } from "../../lib/scoring";
import { runAction } from "../../lib/server/action";
import { db } from "../../lib/server/db";
import { getQuestionnaireState } from "../../lib/server/respond/questionnaire";
import { saveResponses, ZSaveResponsesInput } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { getResults } from "../../lib/server/results/get-results";
import { makeRespondent, makeScan } from "../support/factories";
import { errorTranslator } from "../support/translator";

/**
 * A scan started on instrument version 1 keeps its own questions after
 * version 2 arrived: its respondents answer version 1's items (and only
 * those), and its diagnosis and exports are made with them. New scans start
 * on the current version.
 */
const save = (raw: unknown) =>
  runAction(
    { name: "saveResponses", schema: ZSaveResponsesInput, handler: saveResponses, rateLimit: null },
    raw,
    errorTranslator("nl"),
  );

const DROPPED = "organisation.contributions-clear";
const ADDED = "process.say-yes-go-own-way";

async function versionOneScan() {
  const scan = await makeScan({ variant: "full", name: "Oude scan" });
  await db.scan.update({ where: { id: scan.scanId }, data: { instrumentVersion: 1 } });
  return scan;
}

describe("a scan of instrument version 1", () => {
  it("starts new scans on the current version", async () => {
    const { scanId } = await makeScan({ variant: "full" });
    expect((await db.scan.findUniqueOrThrow({ where: { id: scanId } })).instrumentVersion).toBe(instrument.version);
    expect(instrument.version).toBe(2);
  });

  it("asks its own questions: a dropped statement is answered, a newer one refused", async () => {
    const { view } = await versionOneScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    const state = await getQuestionnaireState(token);
    expect(state.instrumentVersion).toBe(1);
    const asked = stepsFor(state.variant, state.instrumentVersion).flatMap((step) => step.items.map((item) => item.id));
    expect(asked).toContain(DROPPED);
    expect(asked).not.toContain(ADDED);
    expect(await save({ token, answers: [{ itemId: DROPPED, value: 4 }] })).toMatchObject({ ok: true });
    expect(await save({ token, answers: [{ itemId: ADDED, value: 4 }] })).toMatchObject({ ok: false });
    expect((await getQuestionnaireState(token)).answers).toEqual({ [DROPPED]: 4 });
  });

  it("is diagnosed and exported with version 1's items, and says so", async () => {
    const { managementToken, view } = await versionOneScan();
    const items = itemsForVariant("full", 1);
    for (const partner of view.partners) {
      for (const level of [2, 3, 4]) {
        const { token } = await makeRespondent(partner.inviteToken);
        const answers = items.flatMap((item) =>
          item.kind === "statement" || item.kind === "paradox-openness" || item.kind === "importance"
            ? [{ itemId: item.id, value: level }]
            : item.kind === "paradox-position"
              ? [{ itemId: item.id, value: level - 3 }]
              : [{ itemId: item.id, value: item.question.options[0]?.code ?? 0 }],
        );
        expect(await save({ token, answers })).toMatchObject({ ok: true });
        await submitResponse({ token });
      }
    }
    const { diagnosis } = await getResults(managementToken);
    expect(diagnosis.instrument.version).toBe(1);
    expect(diagnosis.statements.map((statement) => statement.id)).toContain(DROPPED);
    expect(diagnosis.statements.map((statement) => statement.id)).not.toContain(ADDED);
    expect(diagnosis.statements.find((statement) => statement.id === DROPPED)?.score).toBe(50);

    const json = JSON.parse(String((await exportData(managementToken, "json", "nl")).body)) as { diagnosis: Diagnosis };
    expect(json.diagnosis.instrument).toEqual({ id: instrument.id, version: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array((await exportData(managementToken, "xlsx", "nl")).body as Buffer).buffer);
    const codebook: string[] = [];
    workbook.getWorksheet("Codeboek")?.eachRow((row) => {
      codebook.push(String(row.getCell(1).value));
    });
    expect(codebook).toContain(DROPPED);
    expect(codebook).not.toContain(ADDED);
    expect(codebook.length - 1).toBe(items.length);
  });
});
