import { describe, expect, it } from "vitest";
import { consume } from "../../lib/server/rate-limit";

describe("rate limits", () => {
  it("refuses the request after the allowance with a rateLimited error, per key", async () => {
    for (let i = 0; i < 30; i++) await consume("export", "token-a");
    await expect(consume("export", "token-a")).rejects.toMatchObject({ messageKey: "rateLimited" });
    await expect(consume("export", "token-b")).resolves.toBeUndefined();
  });
});
