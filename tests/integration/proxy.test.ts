import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MAX_ACTION_BODY_BYTES } from "../../lib/server/body-limits";
import { countedBody } from "../../lib/server/testing/counted-body";
import { proxy } from "../../proxy";

vi.hoisted(() => {
  // Behind one proxy of our own, so X-Forwarded-Proto counts; read once, before anything is imported.
  process.env.TRUSTED_PROXY_HOPS = "1";
});

afterAll(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

/**
 * proxy.ts as Next.js calls it before a page or a server action: forms from
 * another site get 403 and oversized forms 413, each with a message in the
 * user's language, where Next.js itself answers 500; over https, pages get
 * Strict-Transport-Security and the language cookie is Secure.
 */
const SITE = "http://127.0.0.1:3000";

function action(headers: Record<string, string>, body: BodyInit = "x"): NextRequest {
  return new NextRequest(`${SITE}/beheer/token`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "next-action": "7f00", ...headers },
    body,
    duplex: "half",
  } as ConstructorParameters<typeof NextRequest>[1]);
}

describe("server actions", () => {
  it("refuses a form from another site with 403 and a message in the user's language", async () => {
    const dutch = await proxy(action({ origin: "https://evil.example" }));
    expect(dutch.status).toBe(403);
    expect(await dutch.text()).toBe(
      "Dit formulier kwam van een andere website en is daarom niet verwerkt. Open de app zelf en probeer het daar opnieuw.",
    );
    const english = await proxy(action({ origin: "null", cookie: "NEXT_LOCALE=en" }));
    expect(english.status).toBe(403);
    expect(await english.text()).toBe(
      "This form came from another website and has not been processed. Open the app itself and try again there.",
    );
  });

  it("refuses a form over the size limit with 413, by its Content-Length", async () => {
    const response = await proxy(
      action(
        { origin: SITE, "content-length": String(MAX_ACTION_BODY_BYTES + 1) },
        "x".repeat(MAX_ACTION_BODY_BYTES + 1),
      ),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toBe("Dit verzoek is te groot. Stuur minder tekst tegelijk.");
  });

  it("refuses a form sent without Content-Length as soon as it passes the limit", async () => {
    const { stream, read } = countedBody(50 * 1024 * 1024);
    const response = await proxy(action({ origin: SITE }, stream));
    expect(response.status).toBe(413);
    expect(read.bytes).toBeLessThanOrEqual(MAX_ACTION_BODY_BYTES + 4 * 1024);
  });

  it("passes on a form of the site's own within the limit", async () => {
    const response = await proxy(action({ origin: SITE }, "x".repeat(10_000)));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.status).toBe(200);
  });
});

describe("https", () => {
  const page = (headers: Record<string, string>) =>
    new NextRequest(`${SITE}/?lang=en`, { headers: { host: "127.0.0.1:3000", ...headers } });

  it("sends Strict-Transport-Security and a Secure language cookie when a trusted proxy says https", async () => {
    const response = await proxy(page({ "x-forwarded-proto": "https" }));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("set-cookie")).toMatch(/NEXT_LOCALE=en;.*Secure/i);
  });

  it("sends neither over plain http", async () => {
    const response = await proxy(page({}));
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect(response.headers.get("set-cookie")).not.toMatch(/Secure/i);
  });
});
