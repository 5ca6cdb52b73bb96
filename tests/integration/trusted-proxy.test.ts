import { afterAll, describe, expect, it, vi } from "vitest";
import { baseUrl } from "../../lib/server/base-url";
import { enforceRateLimit } from "../../lib/server/rate-limit";
import { enterThrough } from "../support/enter";
import { makeScan } from "../support/factories";
import { newRequest, request } from "../support/request-context";

vi.hoisted(() => {
  // Read once, when the settings are first used: set before anything is imported.
  process.env.TRUSTED_PROXY_HOPS = "1";
});
vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../support/request-context")).nextIntlServer);

afterAll(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

/**
 * Behind one proxy of our own (TRUSTED_PROXY_HOPS=1), which appends the
 * address it saw to X-Forwarded-For. Whatever a client wrote there itself
 * stays to the left, and is not believed.
 */
const VICTIM = "203.0.113.7";
const ATTACKER = "198.51.100.9";

const enter = (inviteToken: string, forwardedFor: string) => enterThrough(inviteToken, { forwardedFor });

function createScanAllowance(forwardedFor: string): Promise<string> {
  newRequest({ forwardedFor });
  return enforceRateLimit({ limiter: "createScan", key: "clientAddress" }, {}).then(
    () => "ok",
    (error: { messageKey?: string }) => error.messageKey ?? "error",
  );
}

describe("behind a trusted proxy", () => {
  it("counts creating scans against the address the proxy saw, not one the client wrote", async () => {
    // The attacker claims to be the victim; the proxy appends the attacker's real address.
    let outcome = "ok";
    for (let i = 0; i < 100 && outcome === "ok"; i++) outcome = await createScanAllowance(`${VICTIM}, ${ATTACKER}`);
    expect(outcome).toBe("rateLimited");
    expect(await createScanAllowance(VICTIM)).toBe("ok");
    expect(await createScanAllowance(`${ATTACKER}, ${VICTIM}`)).toBe("ok");
  });

  it("lets a room of 60 behind one address enter, and then stops one address before it can use up a link", async () => {
    const { view } = await makeScan();
    const [first, second] = view.partners;
    const room = await Promise.all(Array.from({ length: 60 }, () => enter(first?.inviteToken ?? "", VICTIM)));
    expect(room.filter((outcome) => outcome !== "entered")).toEqual([]);

    // One address flooding the second link is stopped by its own allowance; the link still takes other people.
    let refusal = "";
    for (let i = 0; i < 300 && refusal === ""; i++) {
      const outcome = await enter(second?.inviteToken ?? "", ATTACKER);
      if (outcome !== "entered") refusal = outcome;
    }
    expect(refusal).toBe("Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.");
    expect(await enter(second?.inviteToken ?? "", "192.0.2.44")).toBe("entered");
  });

  it("builds links on the host the proxy reports, when it is allowed, over https", async () => {
    newRequest({ headers: { "x-forwarded-host": "127.0.0.1", "x-forwarded-proto": "https" } });
    expect(await baseUrl()).toBe("https://127.0.0.1");
    newRequest({ headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" } });
    expect(await baseUrl()).toBe("https://localhost");
  });

  it("sets the resume cookie Secure when the proxy says the request came over https", async () => {
    const { view } = await makeScan();
    const inviteToken = view.partners[2]?.inviteToken ?? "";
    for (const [proto, isSecure] of [
      ["https", true],
      ["http", false],
    ] as const) {
      expect(await enterThrough(inviteToken, { forwardedFor: VICTIM, headers: { "x-forwarded-proto": proto } })).toBe(
        "entered",
      );
      const [cookie] = [...request.cookies.values()];
      expect(cookie?.options).toMatchObject({ secure: isSecure, httpOnly: true, sameSite: "lax" });
    }
  });
});
