import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { createDatabaseClient } from "../../lib/server/database-client";
import { consume } from "../../lib/server/rate-limit";
import { countRequest, deleteEndedWindows } from "../../lib/server/rate-limit-store";
import { submitResponse, ZSubmitInput } from "../../lib/server/respond/submit-response";
import { makeRespondent, makeScan } from "../support/factories";
import { INTEGRATION_DATABASE_URL } from "../support/integration-db";
import { errorTranslator } from "../support/translator";

// Two app instances on one database: each has a database client of its own and nothing else in common.
const instanceA = createDatabaseClient(INTEGRATION_DATABASE_URL);
const instanceB = createDatabaseClient(INTEGRATION_DATABASE_URL);
afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

describe("rate limits", () => {
  it("refuses the request after the allowance with a rateLimited error, per key", async () => {
    for (let i = 0; i < 30; i++) await consume("export", "token-a");
    await expect(consume("export", "token-a")).rejects.toMatchObject({ messageKey: "rateLimited" });
    await expect(consume("export", "token-b")).resolves.toBeUndefined();
  });

  it("applies an entry point's declared limit to its key, counting only requests whose input parses", async () => {
    const { view } = await makeScan();
    const [first, second] = await Promise.all([
      makeRespondent(view.partners[0]?.inviteToken ?? ""),
      makeRespondent(view.partners[1]?.inviteToken ?? ""),
    ]);
    const t = errorTranslator("en");
    const submit = (raw: unknown) =>
      runAction(
        {
          name: "submitResponse",
          schema: ZSubmitInput,
          handler: submitResponse,
          rateLimit: { limiter: "submit", key: (input) => input.token },
        },
        raw,
        t,
      );
    for (let i = 0; i < 5; i++) expect(await submit({ token: first.token, extra: i })).toMatchObject({ ok: false });
    for (let i = 0; i < 30; i++) expect(await submit({ token: first.token })).toEqual({ ok: true, data: undefined });
    expect(await submit({ token: first.token })).toMatchObject({ ok: false, code: "rateLimited" });
    expect(await submit({ token: second.token })).toEqual({ ok: true, data: undefined });
  });

  it("tells the person over the limit to wait, in their language", async () => {
    const submitAs = async (locale: "nl" | "en", token: string) =>
      runAction(
        {
          name: "submitResponse",
          schema: ZSubmitInput,
          handler: submitResponse,
          rateLimit: { limiter: "submit", key: (input) => input.token },
        },
        { token },
        errorTranslator(locale),
      );
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    for (let i = 0; i < 30; i++) await submitAs("nl", token);
    expect(await submitAs("nl", token)).toMatchObject({
      ok: false,
      error: "Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.",
    });
    expect(await submitAs("en", token)).toMatchObject({
      ok: false,
      error: "Too many requests in a short time. Please wait a moment and try again.",
    });
  });
});

describe("rate limits shared by several app instances", () => {
  const WINDOW_MS = 60_000;

  it("counts requests at two instances together, also when they arrive at the same moment", async () => {
    const key = `shared:${randomUUID()}`;
    const counts = await Promise.all(
      Array.from({ length: 40 }, (_, index) => countRequest(index % 2 === 0 ? instanceA : instanceB, key, WINDOW_MS)),
    );
    // Every request counted exactly once: the counts are 1…40, whichever instance saw which.
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(await countRequest(instanceB, key, WINDOW_MS)).toBe(41);
  });

  it("starts a key's count afresh once its window has ended, at either instance", async () => {
    const key = `window:${randomUUID()}`;
    const start = Date.now();
    await countRequest(instanceA, key, WINDOW_MS, start);
    expect(await countRequest(instanceB, key, WINDOW_MS, start + WINDOW_MS - 1)).toBe(2);
    expect(await countRequest(instanceB, key, WINDOW_MS, start + WINDOW_MS)).toBe(1);
    expect(await countRequest(instanceA, key, WINDOW_MS, start + WINDOW_MS + 1)).toBe(2);
  });

  it("clears the counts of ended windows and keeps the running ones", async () => {
    const ended = `ended:${randomUUID()}`;
    const running = `running:${randomUUID()}`;
    const start = Date.now();
    await countRequest(instanceA, ended, 1_000, start - 5_000);
    await countRequest(instanceA, running, WINDOW_MS, start);
    await countRequest(instanceA, running, WINDOW_MS, start);
    expect(await deleteEndedWindows(instanceB, start)).toBeGreaterThanOrEqual(1);
    const left = await instanceA.rateLimit.findMany({ where: { key: { in: [ended, running] } } });
    expect(left.map((row) => [row.key, row.points])).toEqual([[running, 2]]);
  });
});
