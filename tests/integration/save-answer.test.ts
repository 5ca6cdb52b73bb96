import { describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { db } from "../../lib/server/db";
import { getQuestionnaire } from "../../lib/server/get-questionnaire";
import { saveAnswer, ZSaveAnswerInput } from "../../lib/server/save-answer";
import { startSelfScan } from "../../lib/server/start-self-scan";
import { hashToken } from "../../lib/server/tokens";
import { errorTranslator } from "../support/translator";

const save = (raw: unknown, locale: "nl" | "en" = "nl") =>
  runAction("saveAnswer", ZSaveAnswerInput, saveAnswer, raw, errorTranslator(locale));

async function newRespondent(): Promise<string> {
  const { respondentToken } = await startSelfScan({ name: "Test", locale: "nl" });
  return respondentToken;
}

async function storedAnswers(token: string) {
  return (await getQuestionnaire(token)).answers;
}

describe("saving an answer", () => {
  it("stores the answer and returns the updated lens score", async () => {
    const token = await newRespondent();
    const first = await save({ token, itemId: "ambition.shared-goal", value: 4 });
    // One of the four quick-scan ambition statements is not enough for a score.
    expect(first).toEqual({
      ok: true,
      data: {
        itemId: "ambition.shared-goal",
        value: 4,
        lensScore: { status: "insufficient", answerCount: 1, required: 2 },
      },
    });
    const second = await save({ token, itemId: "ambition.side-issue", value: 1 });
    expect(second.ok && second.data.lensScore).toEqual({ status: "scored", score: 88, answerCount: 2 });
    expect(await storedAnswers(token)).toEqual({ "ambition.shared-goal": 4, "ambition.side-issue": 1 });
  });

  it("stores a paradox position on its bipolar scale without a lens score", async () => {
    const token = await newRespondent();
    const result = await save({ token, itemId: "paradox.central-vs-local.current", value: -3 });
    expect(result).toEqual({
      ok: true,
      data: { itemId: "paradox.central-vs-local.current", value: -3, lensScore: null },
    });
  });

  it("stores the respondent's role as one of the role codes", async () => {
    const token = await newRespondent();
    expect((await save({ token, itemId: "context.role", value: 2 })).ok).toBe(true);
    expect((await save({ token, itemId: "context.role", value: 7 })).ok).toBe(false);
    expect((await save({ token, itemId: "context.role", value: null })).ok).toBe(false);
    expect(await storedAnswers(token)).toEqual({ "context.role": 2 });
  });

  it("replaces an earlier answer to the same statement instead of adding one", async () => {
    const token = await newRespondent();
    await save({ token, itemId: "ambition.shared-goal", value: 2 });
    await save({ token, itemId: "ambition.shared-goal", value: 5 });
    expect(await storedAnswers(token)).toEqual({ "ambition.shared-goal": 5 });
  });

  it("stores 'don't know' as an answer without a value", async () => {
    const token = await newRespondent();
    const result = await save({ token, itemId: "ambition.side-issue", value: null });
    expect(result.ok && result.data.lensScore).toEqual({ status: "insufficient", answerCount: 0, required: 2 });
    expect(await storedAnswers(token)).toEqual({ "ambition.side-issue": null });
  });

  it("marks the respondent as started on the first answer", async () => {
    const token = await newRespondent();
    const where = { tokenHash: hashToken(token) };
    expect((await db.respondent.findUniqueOrThrow({ where })).startedAt).toBeNull();
    await save({ token, itemId: "ambition.shared-goal", value: 3 });
    expect((await db.respondent.findUniqueOrThrow({ where })).startedAt).toBeInstanceOf(Date);
  });

  it.each([
    ["a value outside the scale", { itemId: "ambition.shared-goal", value: 6 }, "Dit antwoord valt buiten de schaal."],
    ["a fractional value", { itemId: "ambition.shared-goal", value: 2.5 }, "Dit antwoord valt buiten de schaal."],
    [
      "a statement that is not in the scan",
      { itemId: "ambition.unknown", value: 3 },
      "Deze vraag hoort niet bij deze scan.",
    ],
    ["a value of the wrong type", { itemId: "ambition.shared-goal", value: "5" }, "Deze invoer klopt niet."],
    ["an item id that is not an id", { itemId: "<script>", value: 3 }, "Deze invoer klopt niet."],
  ])("refuses %s with a clear message and stores nothing", async (_case, fields, message) => {
    const token = await newRespondent();
    const result = await save({ token, ...fields });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
    expect(await storedAnswers(token)).toEqual({});
  });

  it("refuses a malformed request with extra or missing fields", async () => {
    const token = await newRespondent();
    expect((await save({ token, itemId: "ambition.shared-goal" })).ok).toBe(false);
    expect((await save({ token, itemId: "ambition.shared-goal", value: 3, respondentId: "x" })).ok).toBe(false);
    expect((await save("not an object")).ok).toBe(false);
    expect(await storedAnswers(token)).toEqual({});
  });

  it("answers an unknown link with 'not found' in the user's language", async () => {
    const result = await save({ token: "AAAAAAAAAAAAAAAAAAAAAA", itemId: "ambition.shared-goal", value: 3 }, "en");
    expect(result).toEqual({ ok: false, error: "This link is unknown or no longer valid." });
  });

  it("refuses answers once the scan is closed", async () => {
    const token = await newRespondent();
    const respondent = await db.respondent.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    await db.scan.update({ where: { id: respondent.scanId }, data: { closedAt: new Date() } });
    const result = await save({ token, itemId: "ambition.shared-goal", value: 3 });
    expect(result).toEqual({
      ok: false,
      error: "Deze scan is gesloten; er kunnen geen antwoorden meer worden gegeven.",
    });
    expect(await storedAnswers(token)).toEqual({});
  });
});
