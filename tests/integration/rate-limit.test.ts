import { describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { consume } from "../../lib/server/rate-limit";
import { submitResponse, ZSubmitInput } from "../../lib/server/respond/submit-response";
import { makeRespondent, makeScan } from "../support/factories";
import { errorTranslator } from "../support/translator";

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
});
