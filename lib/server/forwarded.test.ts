import { describe, expect, it } from "vitest";
import {
  addressKey,
  baseUrlFor,
  clientAddress,
  type Forwarding,
  isAllowedHost,
  isHttps,
  isSameOrigin,
  ownHosts,
} from "./forwarded";

const direct: Forwarding = { trustedProxyHops: 0, allowedHosts: [] };
const behindOneProxy: Forwarding = { trustedProxyHops: 1, allowedHosts: ["scan.example.org"] };

describe("clientAddress", () => {
  it.each([
    // [X-Forwarded-For as received, trusted hops, key, trusted?]
    ["203.0.113.7", 0, "203.0.113.7", false],
    // Without trusted proxies a client's own header is taken as it came, and never trusted.
    ["6.6.6.6, 203.0.113.7", 0, "203.0.113.7", false],
    ["203.0.113.7", 1, "203.0.113.7", true],
    // The client wrote the left entry itself; the proxy appended what it saw.
    ["198.51.100.1, 203.0.113.7", 1, "203.0.113.7", true],
    ["198.51.100.1, 203.0.113.7, 10.0.0.2", 2, "203.0.113.7", true],
    // Fewer entries than trusted proxies: the request did not come through all of them.
    ["203.0.113.7", 2, "203.0.113.7", false],
  ] as const)("reads %j behind %i trusted proxies as %s", (header, hops, key, isTrusted) => {
    expect(clientAddress(new Headers({ "x-forwarded-for": header }), hops)).toEqual({ key, isTrusted });
  });

  it("ignores X-Real-IP and other headers a client can set, and has no address without X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "203.0.113.7" }), 1)).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": " , " }), 0)).toBeNull();
  });
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["203.0.113.7:51234", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:0db8:0001:0002::/64"],
    ["[2001:db8:1:2::5]:443", "2001:0db8:0001:0002::/64"],
    ["2001:db8::1", "2001:0db8:0000:0000::/64"],
    ["not an address", "not an address"],
  ])("keys %s as %s", (raw, key) => {
    expect(addressKey(raw)).toBe(key);
  });

  it("gives every address of one IPv6 /64 network the same key, so a device cannot rotate past a limit", () => {
    expect(addressKey("2001:db8:1:2::1")).toBe(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(addressKey("2001:db8:1:2::1")).not.toBe(addressKey("2001:db8:1:3::1"));
  });
});

describe("baseUrlFor", () => {
  it("takes PUBLIC_BASE_URL whatever the request says", () => {
    const headers = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(baseUrlFor(headers, { ...direct, publicBaseUrl: "https://scan.example.org" })).toEqual({
      url: "https://scan.example.org",
      refusedHost: null,
    });
  });

  it("builds links on this machine's own names and on allowed hosts", () => {
    expect(baseUrlFor(new Headers({ host: "127.0.0.1:3000" }), direct).url).toBe("http://127.0.0.1:3000");
    expect(baseUrlFor(new Headers({ host: "localhost:4123" }), direct).url).toBe("http://localhost:4123");
    const lan = { ...direct, allowedHosts: ["scan.local"] };
    expect(baseUrlFor(new Headers({ host: "scan.local:3000" }), lan).url).toBe("http://scan.local:3000");
  });

  it("never builds links on a Host that is neither this machine's nor allowed", () => {
    expect(baseUrlFor(new Headers({ host: "evil.example:3000" }), direct)).toEqual({
      url: "http://localhost:3000",
      refusedHost: "evil.example:3000",
    });
  });

  it("ignores X-Forwarded-Host and -Proto without a trusted proxy", () => {
    const headers = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(baseUrlFor(headers, direct).url).toBe("http://127.0.0.1:3000");
  });

  it("takes X-Forwarded-Host and -Proto from a trusted proxy, still only for an allowed host", () => {
    const proxied = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "scan.example.org",
      "x-forwarded-proto": "https",
    });
    expect(baseUrlFor(proxied, behindOneProxy).url).toBe("https://scan.example.org");
    const forged = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
    expect(baseUrlFor(forged, behindOneProxy).url).toBe("http://localhost");
  });
});

describe("isAllowedHost", () => {
  it("allows an entry without a port on any port, and one with a port on that port only", () => {
    expect(isAllowedHost("scan.local:8080", ["scan.local"])).toBe(true);
    expect(isAllowedHost("scan.local:8080", ["scan.local:3000"])).toBe(false);
    expect(isAllowedHost("SCAN.local:3000", ["scan.local:3000"])).toBe(true);
    expect(isAllowedHost("scan.local.evil.example", ["scan.local"])).toBe(false);
  });

  it("knows this machine as localhost and its loopback addresses", () => {
    expect(ownHosts()).toEqual(expect.arrayContaining(["localhost", "127.0.0.1", "[::1]"]));
  });
});

describe("isHttps", () => {
  it("believes X-Forwarded-Proto only from a trusted proxy, and an https PUBLIC_BASE_URL always", () => {
    const headers = new Headers({ "x-forwarded-proto": "https" });
    expect(isHttps(headers, direct)).toBe(false);
    expect(isHttps(headers, behindOneProxy)).toBe(true);
    expect(isHttps(new Headers(), { ...direct, publicBaseUrl: "https://scan.example.org" })).toBe(true);
    expect(isHttps(new Headers({ "x-forwarded-proto": "http" }), behindOneProxy)).toBe(false);
  });
});

describe("isSameOrigin", () => {
  it.each([
    [{ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }, true],
    [{ host: "127.0.0.1:3000" }, true],
    [{ host: "127.0.0.1:3000", origin: "https://evil.example" }, false],
    [{ host: "127.0.0.1:3000", origin: "null" }, false],
    [{ host: "127.0.0.1:3000", "x-forwarded-host": "scan.example.org", origin: "https://scan.example.org" }, true],
  ])("judges %j as same-origin: %s", (headers, expected) => {
    expect(isSameOrigin(new Headers(headers), direct)).toBe(expected);
  });

  it("accepts forms from PUBLIC_BASE_URL behind a proxy that passes on neither host", () => {
    const headers = new Headers({ host: "127.0.0.1:3000", origin: "https://scan.example.org" });
    expect(isSameOrigin(headers, { ...direct, publicBaseUrl: "https://scan.example.org" })).toBe(true);
  });
});
