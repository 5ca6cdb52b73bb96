import { describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { getQuestionnaireState } from "../../lib/server/respond/questionnaire";
import { saveResponses, ZSaveResponsesInput } from "../../lib/server/respond/save-responses";
import { makeRespondent, makeScan } from "../support/factories";
import { errorTranslator } from "../support/translator";

const save = (raw: unknown, locale: "nl" | "en" = "nl") =>
  runAction(
    { name: "saveResponses", schema: ZSaveResponsesInput, handler: saveResponses, rateLimit: null },
    raw,
    errorTranslator(locale),
  );

async function respondent(variant: "quick" | "full" = "quick") {
  const { view } = await makeScan({ variant });
  return (await makeRespondent(view.partners[0]?.inviteToken ?? "")).token;
}

describe("saving answers", () => {
  it("stores a batch and acknowledges it", async () => {
    const token = await respondent();
    const result = await save({
      token,
      answers: [
        { itemId: "ambition.shared-goal", value: 4 },
        { itemId: "ambition.inspiring", value: null },
        { itemId: "paradox.central-vs-local.current", value: 3 },
      ],
    });
    expect(result).toMatchObject({ ok: true, data: { saved: 3 } });
    expect((await getQuestionnaireState(token)).answers).toEqual({
      "ambition.shared-goal": 4,
      "ambition.inspiring": null,
      "paradox.central-vs-local.current": 3,
    });
  });

  it("keeps the last value when a batch names an item twice, and accepts a retry of the same batch", async () => {
    const token = await respondent();
    const batch = {
      token,
      answers: [
        { itemId: "ambition.shared-goal", value: 2 },
        { itemId: "ambition.shared-goal", value: 5 },
      ],
    };
    expect((await save(batch)).ok).toBe(true);
    expect((await save(batch)).ok).toBe(true);
    expect((await getQuestionnaireState(token)).answers).toEqual({ "ambition.shared-goal": 5 });
  });

  it.each([
    ["a value outside the scale", { itemId: "ambition.shared-goal", value: 6 }, "Dit antwoord valt buiten de schaal."],
    ["a fractional value", { itemId: "ambition.shared-goal", value: 2.5 }, "Dit antwoord valt buiten de schaal."],
    [
      "a position outside −3…3",
      { itemId: "paradox.central-vs-local.current", value: -4 },
      "Dit antwoord valt buiten de schaal.",
    ],
    ["an unknown item", { itemId: "ambition.unknown", value: 3 }, "Deze vraag hoort niet bij deze scan."],
    [
      "a full-scan item in a quick scan",
      { itemId: "ambition.shared-problem", value: 3 },
      "Deze vraag hoort niet bij deze scan.",
    ],
    ["a value of the wrong type", { itemId: "ambition.shared-goal", value: "4" }, "Deze invoer klopt niet."],
    ["an id that is not an id", { itemId: "<script>", value: 3 }, "Deze invoer klopt niet."],
  ])("refuses %s with a clear message and stores nothing of the batch", async (_case, bad, message) => {
    const token = await respondent();
    const result = await save({ token, answers: [{ itemId: "ambition.inspiring", value: 4 }, bad] });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
    expect((await getQuestionnaireState(token)).answers).toEqual({});
  });

  it("refuses malformed requests", async () => {
    const token = await respondent();
    for (const raw of [null, "text", [], { token }, { token, answers: "x" }, { token, answers: [], extra: 1 }]) {
      const result = await save(raw);
      if (
        raw !== null &&
        typeof raw === "object" &&
        !Array.isArray(raw) &&
        "token" in raw &&
        Object.keys(raw).length === 1
      ) {
        expect(result.ok).toBe(true); // an empty batch is valid and changes nothing
      } else {
        expect(result).toMatchObject({ ok: false, code: "invalidInput" });
      }
    }
    expect((await getQuestionnaireState(token)).answers).toEqual({});
  });

  it("refuses a comment that is too long", async () => {
    const token = await respondent();
    const result = await save({ token, comments: [{ lensId: "ambition", text: "x".repeat(2001) }] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "comments.0.text": ["Deze tekst is te lang."] } });
  });

  it("answers an unknown link with 'not found' in the user's language", async () => {
    const result = await save({ token: "AAAAAAAAAAAAAAAAAAAAAA", answers: [] }, "en");
    expect(result).toEqual({ ok: false, code: "notFound", error: "This link is unknown or no longer valid." });
  });
});
