import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST as saveResponsesRoute } from "../../app/api/r/[token]/responses/route";
import { db } from "../../lib/server/db";
import { enforceRateLimit } from "../../lib/server/rate-limit";
import { enterThrough } from "../support/enter";
import { makeScan } from "../support/factories";
import { newRequest, request } from "../support/request-context";

vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../support/request-context")).nextIntlServer);

/**
 * Rate limits as a meeting room meets them, without a proxy in front (no
 * TRUSTED_PROXY_HOPS): everyone in the room shares one Wi-Fi and so one
 * address, and everyone of a partner shares one invitation link. The real
 * server action is called, with its own declared limits.
 */
const ROOM_ADDRESS = "203.0.113.7";

const enter = (inviteToken: string, forwardedFor = ROOM_ADDRESS) => enterThrough(inviteToken, { forwardedFor });

async function respondentsOf(partnerId: string): Promise<number> {
  return db.respondent.count({ where: { partnerId } });
}

describe("a meeting room behind one Wi-Fi", () => {
  beforeEach(() => newRequest());

  it("lets 60 people enter through their partner's link within a minute, and 15 of them again on a second device", async () => {
    const { view } = await makeScan();
    const partner = view.partners[0];
    // All within one window of the limit (ten minutes), as in a room where everyone opens the link at once.
    const outcomes = await Promise.all(Array.from({ length: 75 }, () => enter(partner?.inviteToken ?? "")));
    expect(outcomes.filter((outcome) => outcome !== "entered")).toEqual([]);
    expect(await respondentsOf(partner?.id ?? "")).toBe(75);
  });

  it("lets the 60 answer at once: every save of every person is taken", async () => {
    const { view } = await makeScan();
    const tokens: string[] = [];
    await Promise.all(
      Array.from({ length: 60 }, () =>
        enterThrough(view.partners[1]?.inviteToken ?? "", { forwardedFor: ROOM_ADDRESS, tokens }),
      ),
    );
    expect(tokens).toHaveLength(60);
    const items = ["ambition.shared-goal", "ambition.inspiring", "paradox.central-vs-local.current"];
    const statuses = await Promise.all(
      tokens.flatMap((token) =>
        items.map(async (itemId) => {
          const body = JSON.stringify({ answers: [{ itemId, value: 3 }] });
          const request = new Request(`http://127.0.0.1:3000/api/r/${token}/responses`, { method: "POST", body });
          return (await saveResponsesRoute(request, { params: Promise.resolve({ token }) })).status;
        }),
      ),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(await db.answer.count({ where: { respondent: { partnerId: view.partners[1]?.id } } })).toBe(
      60 * items.length,
    );
  });

  it("keeps a flood on one scan's link from blocking another scan's room, even from the room's own address", async () => {
    const flooded = (await makeScan()).view.partners[0];
    const other = (await makeScan()).view.partners[1];
    // Someone floods one link, writing the room's address into X-Forwarded-For (nothing checks it without a proxy).
    let refusal = "";
    for (let i = 0; i < 400 && refusal === ""; i++) {
      const outcome = await enter(flooded?.inviteToken ?? "");
      if (outcome !== "entered") refusal = outcome;
    }
    expect(refusal).toBe("Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.");
    const before = await respondentsOf(flooded?.id ?? "");
    expect(await enter(flooded?.inviteToken ?? "")).toBe(refusal);
    expect(await respondentsOf(flooded?.id ?? "")).toBe(before);

    const outcomes = await Promise.all(Array.from({ length: 60 }, () => enter(other?.inviteToken ?? "")));
    expect(outcomes.filter((outcome) => outcome !== "entered")).toEqual([]);
  });

  it("answers a refused entry in the person's language", async () => {
    const partner = (await makeScan()).view.partners[2];
    for (let i = 0; i < 200; i++) await enter(partner?.inviteToken ?? "");
    expect(await enterThrough(partner?.inviteToken ?? "", { forwardedFor: ROOM_ADDRESS, locale: "en" })).toBe(
      "Too many requests in a short time. Please wait a moment and try again.",
    );
  });
});

describe("creating scans without a proxy in front", () => {
  const createScanPolicy = { limiter: "createScan", key: "clientAddress" } as const;
  const count = (forwardedFor: string) => {
    newRequest({ forwardedFor });
    return enforceRateLimit(createScanPolicy, {}).then(
      () => "ok",
      (error: { messageKey?: string }) => error.messageKey ?? "error",
    );
  };

  it("counts per client address, never for the whole installation", async () => {
    for (let i = 0; i < 60; i++) expect(await count("198.51.100.1")).toBe("ok");
    expect(await count("198.51.100.1")).toBe("rateLimited");
    expect(await count("198.51.100.2")).toBe("ok");
    expect(request.headers.get("x-forwarded-for")).toBe("198.51.100.2");
  });
});
