import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as saveResponsesRoute } from "../../app/api/r/[token]/responses/route";
import {
  addPartnerAction,
  createPersonalLinkAction,
  setClosedAction,
  updateSettingsAction,
} from "../../app/beheer/[token]/actions";
import { createScanAction } from "../../app/scans/nieuw/actions";
import { MAX_JSON_BODY_BYTES } from "../../lib/server/body-limits";
import { db } from "../../lib/server/db";
import { countedBody } from "../../lib/server/testing/counted-body";
import { hashToken } from "../../lib/server/tokens";
import { makeRespondent, makeScan } from "../support/factories";
import { newRequest } from "../support/request-context";

vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../support/request-context")).nextIntlServer);
vi.mock("next/cache", async () => (await import("../support/request-context")).nextCache);

/**
 * Bad input at the real entry points: refused with a message in the user's
 * language, and nothing in the database changes.
 */
const CONTROL_CHARACTERS_NL =
  "Deze tekst bevat onzichtbare stuurtekens die niet zijn toegestaan. Typ de tekst opnieuw in plaats van hem te plakken.";
const TOO_LARGE = {
  nl: "Dit verzoek is te groot. Stuur minder tekst tegelijk.",
  en: "This request is too large. Please send less text at a time.",
};

function save(token: string, body: BodyInit, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://127.0.0.1:3000/api/r/${token}/responses`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
  return saveResponsesRoute(request, { params: Promise.resolve({ token }) });
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const entry of Array.isArray(value) ? value : [value]) data.append(name, entry);
  }
  return data;
}

async function storedFor(respondentToken: string) {
  const respondent = await db.respondent.findUniqueOrThrow({
    where: { tokenHash: hashToken(respondentToken) },
    include: { answers: true, comments: true },
  });
  return { answers: respondent.answers.length, comments: respondent.comments.map((comment) => comment.text) };
}

beforeEach(() => newRequest());

describe("the answers endpoint", () => {
  it("refuses a body whose Content-Length is over 64 KB with 413, before reading it", async () => {
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    const { stream, read } = countedBody(200 * 1024 * 1024);
    const response = await save(token, stream, { "content-length": String(200 * 1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ ok: false, code: "payloadTooLarge", error: TOO_LARGE.nl });
    expect(read.bytes).toBeLessThanOrEqual(1024);
    expect(await storedFor(token)).toEqual({ answers: 0, comments: [] });
  });

  it("stops reading a body sent without Content-Length once it passes 64 KB, and answers in the user's language", async () => {
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    newRequest({ locale: "en" });
    const { stream, read } = countedBody(2 * 1024 * 1024);
    const response = await save(token, stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "payloadTooLarge", error: TOO_LARGE.en });
    expect(read.bytes).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + 4 * 1024);
  });

  it("still takes the largest honest save: 5 comments of 2,000 three-byte characters and every answer", async () => {
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    const lenses = ["ambition", "interests", "people", "organisation", "process"];
    const body = JSON.stringify({
      answers: [{ itemId: "ambition.shared-goal", value: 4 }],
      comments: lenses.map((lensId) => ({ lensId, text: "€".repeat(2000) })),
    });
    expect(new TextEncoder().encode(body).byteLength).toBeGreaterThan(30_000);
    const response = await save(token, body);
    expect(response.status).toBe(200);
    expect(await storedFor(token)).toMatchObject({ answers: 1 });
  });

  it("refuses a comment with a NUL or another control character, and keeps line breaks and tabs", async () => {
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    for (const text of ["Goed\u0000 verborgen", "Kleur\u001b[31m", "Regel\u0085"]) {
      const response = await save(token, JSON.stringify({ comments: [{ lensId: "ambition", text }] }));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: "invalidInput",
        error: CONTROL_CHARACTERS_NL,
        fieldErrors: { "comments.0.text": [CONTROL_CHARACTERS_NL] },
      });
    }
    expect(await storedFor(token)).toEqual({ answers: 0, comments: [] });
    const fine = await save(token, JSON.stringify({ comments: [{ lensId: "ambition", text: "Een\n\tTwee" }] }));
    expect(fine.status).toBe(200);
    expect(await storedFor(token)).toEqual({ answers: 0, comments: ["Een\n\tTwee"] });
  });
});

describe("names and texts a manager types", () => {
  it("refuses a scan name and a partner name with a control character when creating a scan", async () => {
    const scansBefore = await db.scan.count();
    const state = await createScanAction(
      { status: "idle" },
      form({
        name: "Alliantie\u0000 Zuid",
        description: "Samen\r\nverder",
        form: "partnership",
        phase: "functioning",
        variant: "quick",
        locale: "nl",
        anonymityThreshold: "3",
        partner: ["Gemeente", "Zorg\u0007aanbieder", "Corporatie"],
      }),
    );
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.name).toEqual([CONTROL_CHARACTERS_NL]);
    expect(state.fieldErrors?.["partners.1"]).toEqual([CONTROL_CHARACTERS_NL]);
    expect(await db.scan.count()).toBe(scansBefore);
  });

  it("refuses control characters in settings, partner names and personal-link labels, changing nothing", async () => {
    const { managementToken, scanId, view } = await makeScan({ description: "Oud" });
    const partner = view.partners[0];
    const snapshot = async () => ({
      scan: (
        await db.scan.findUniqueOrThrow({
          where: { id: scanId },
          select: { collaboration: { select: { name: true, description: true } } },
        })
      ).collaboration,
      partners: (await db.partner.findMany({ where: { scanId }, orderBy: { name: "asc" } })).map((p) => p.name),
      links: await db.respondent.count({ where: { scanId } }),
    });
    const before = await snapshot();
    const cases = [
      [updateSettingsAction, { name: "Nieuw\u0000", description: "Oud", closesOn: "" }, "name"],
      [updateSettingsAction, { name: "Nieuw", description: "Tekst\u0000", closesOn: "" }, "description"],
      [addPartnerAction, { name: "Gemeente\nNoord" }, "name"],
      [addPartnerAction, { name: "\u009bPartner" }, "name"],
      [createPersonalLinkAction, { partnerId: partner?.id ?? "", label: "Jan\u0008" }, "label"],
    ] as const;
    for (const [action, fields, field] of cases) {
      const state = await action({ status: "idle" }, form({ token: managementToken, round: "1", ...fields }));
      expect(state, field).toMatchObject({ status: "error", fieldErrors: { [field]: [CONTROL_CHARACTERS_NL] } });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("stores a description's line breaks from a form as plain line breaks", async () => {
    const { managementToken, scanId } = await makeScan();
    const state = await updateSettingsAction(
      { status: "idle" },
      form({ token: managementToken, round: "1", name: "Naam", description: "Een\r\nTwee", closesOn: "" }),
    );
    expect(state.status).toBe("success");
    const { collaboration } = await db.scan.findUniqueOrThrow({
      where: { id: scanId },
      include: { collaboration: true },
    });
    expect(collaboration.description).toBe("Een\nTwee");
  });
});

describe("closing and reopening a scan", () => {
  it('accepts only "true" and "false": anything else is refused and leaves the scan as it was', async () => {
    const { managementToken, scanId } = await makeScan();
    const closedAt = async () => (await db.scan.findUniqueOrThrow({ where: { id: scanId } })).closedAt;
    expect(
      await setClosedAction({ status: "idle" }, form({ token: managementToken, round: "1", isClosed: "true" })),
    ).toMatchObject({ status: "success" });
    const closed = await closedAt();
    expect(closed).not.toBeNull();
    for (const value of ["yes", "", "TRUE", "0"]) {
      const state = await setClosedAction(
        { status: "idle" },
        form({ token: managementToken, round: "1", isClosed: value }),
      );
      expect(state, value).toMatchObject({
        status: "error",
        message: "Deze invoer klopt niet. Controleer wat je hebt ingevuld.",
      });
      expect(await closedAt()).toEqual(closed);
    }
    await setClosedAction({ status: "idle" }, form({ token: managementToken, round: "1", isClosed: "false" }));
    expect(await closedAt()).toBeNull();
  });
});
