import { Prisma } from "@prisma/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Before any import reads the configuration: this file wants every log line.
vi.hoisted(() => {
  process.env.LOG_LEVEL = "debug";
});

import { runAction } from "../../lib/server/action";
import { consume } from "../../lib/server/rate-limit";
import { saveResponses, ZSaveResponsesInput } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { deleteScan } from "../../lib/server/scan/delete-scan";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { createPersonalLink, revokePersonalLink } from "../../lib/server/scan/personal-links";
import { setScanClosed } from "../../lib/server/scan/set-scan-closed";
import { makeRespondent, makeScan } from "../support/factories";
import { errorTranslator } from "../support/translator";

/**
 * Logs are for operators: one JSON object per line with a time, a level and
 * an event name. A whole scan's life is logged here and no line may carry a
 * link token, an answer, a comment, or a name of a scan, partner or person.
 */
let lines: string[] = [];

beforeEach(() => {
  lines = [];
  const capture = (...args: unknown[]) => {
    lines.push(args.map(String).join(" "));
  };
  vi.spyOn(console, "log").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
  vi.spyOn(console, "warn").mockImplementation(capture);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the logs", () => {
  it("record a scan's life as structured events without tokens, answers or personal data", async () => {
    const secrets: string[] = [];
    const { managementToken, view } = await makeScan({
      name: "Geheime Samenwerking Noord",
      partners: ["Gemeente Vertrouwelijk", "Stichting Discreet", "Bedrijf Anoniem"],
    });
    secrets.push(managementToken, "Geheime Samenwerking Noord", "Gemeente Vertrouwelijk", "Stichting Discreet");
    const partner = view.partners[0];
    secrets.push(partner?.inviteToken ?? "");
    const { token } = await makeRespondent(partner?.inviteToken ?? "");
    secrets.push(token);
    await saveResponses({
      token,
      answers: [{ itemId: "ambition.shared-goal", value: 4 }],
      comments: [{ lensId: "ambition", text: "Persoonlijke opmerking van Jan Jansen" }],
    });
    secrets.push("Persoonlijke opmerking", "Jan Jansen", "ambition.shared-goal");
    await submitResponse({ token });
    const link = await createPersonalLink({
      managementToken,
      partnerId: partner?.id ?? "",
      label: "Marieke de Boer, directeur",
      role: "executive",
      isManager: false,
    });
    secrets.push(link.token, "Marieke de Boer");
    const respondentId = (await getManagementView(managementToken)).personalLinks[0]?.respondentId ?? "";
    await revokePersonalLink({ managementToken, respondentId });
    await exportData(managementToken, "csv", "nl");
    await setScanClosed({ managementToken, round: 1, isClosed: true });

    // Failures are logged too, still without what the caller sent.
    const t = errorTranslator("nl");
    await runAction(
      {
        name: "saveResponses",
        schema: ZSaveResponsesInput,
        handler: async () => {
          throw new Error(`database refused ${token}`);
        },
        rateLimit: null,
      },
      { token, answers: [] },
      t,
    );
    for (let i = 0; i < 301; i++) await consume("saveResponses", token).catch(() => undefined);
    await deleteScan({ managementToken, confirmation: "Geheime Samenwerking Noord" });

    const events = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const event of events) {
      expect(typeof event.time).toBe("string");
      expect(["debug", "info", "warn", "error"]).toContain(event.level);
      expect(typeof event.event).toBe("string");
    }
    expect(events.map((event) => event.event)).toEqual(
      expect.arrayContaining([
        "scan.created",
        "respondent.entered",
        "response.submitted",
        "personal-link.created",
        "personal-link.revoked",
        "scan.closed",
        "action.failed",
        "rate-limited",
        "scan.deleted",
      ]),
    );
    const everything = lines.join("\n");
    for (const secret of secrets.filter(Boolean)) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/"(value|answers|text|label|name|token)"/);
  });

  it("name the use case and Prisma's error code of an unexpected failure, never its message", async () => {
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    const result = await runAction(
      {
        name: "saveResponses",
        schema: ZSaveResponsesInput,
        handler: async () => {
          throw new Prisma.PrismaClientKnownRequestError(`Transaction already closed for ${token}`, {
            code: "P2028",
            clientVersion: Prisma.prismaVersion.client,
          });
        },
        rateLimit: null,
      },
      { token, answers: [] },
      errorTranslator("en"),
    );
    expect(result).toMatchObject({ ok: false, code: "unexpected" });
    const failures = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((event) => event.event === "action.failed");
    expect(failures).toEqual([
      expect.objectContaining({
        level: "error",
        action: "saveResponses",
        error: "PrismaClientKnownRequestError",
        code: "P2028",
      }),
    ]);
    expect(lines.join("\n")).not.toContain(token);
    expect(lines.join("\n")).not.toContain("Transaction already closed");
  });
});
