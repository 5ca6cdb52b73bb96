import { describe, expect, it } from "vitest";
import { MAX_JSON_BODY_BYTES } from "./body-limits";
import { readJsonBody } from "./http";
import { countedBody } from "./testing/counted-body";

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1/api/r/token/responses", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
}

describe("readJsonBody", () => {
  it("reads a JSON body within the limit", async () => {
    expect(await readJsonBody(post(JSON.stringify({ answers: [] })))).toEqual({
      isTooLarge: false,
      value: { answers: [] },
    });
  });

  it("gives undefined for a body that is not JSON, so the schema refuses it", async () => {
    expect(await readJsonBody(post("{not json"))).toEqual({ isTooLarge: false, value: undefined });
  });

  it("refuses a body whose Content-Length is over the limit without reading any of it", async () => {
    const { stream, read } = countedBody(200 * 1024 * 1024);
    const request = post(stream, { "content-length": String(200 * 1024 * 1024) });
    expect(await readJsonBody(request)).toEqual({ isTooLarge: true });
    // A stream pulls its first chunk as it starts; nothing beyond that was asked for.
    expect(read.bytes).toBeLessThanOrEqual(1024);
  });

  it("stops reading a body without Content-Length as soon as it passes the limit", async () => {
    const { stream, read } = countedBody(200 * 1024 * 1024);
    expect(await readJsonBody(post(stream))).toEqual({ isTooLarge: true });
    expect(read.bytes).toBeLessThanOrEqual(MAX_JSON_BODY_BYTES + 4 * 1024);
  });

  it("accepts a body of exactly the limit", async () => {
    const body = `${" ".repeat(MAX_JSON_BODY_BYTES - 2)}{}`;
    expect(await readJsonBody(post(body))).toEqual({ isTooLarge: false, value: {} });
  });
});
