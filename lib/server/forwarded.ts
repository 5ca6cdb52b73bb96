/**
 * What a request's headers may be believed for: who the client is, which host
 * it asked for, and whether it came over https. Next.js fills in
 * X-Forwarded-For, -Host and -Proto only when a request has none (`??=` in
 * next/dist/server/base-server.js) and passes on whatever a client sent, so
 * these headers count only as far as proxies of our own wrote them:
 * `trustedProxyHops` of them (TRUSTED_PROXY_HOPS). Free of Next.js and
 * `server-only`, so proxy.ts, the server actions and the tests share it.
 */
import { isIPv4, isIPv6 } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { env, HOST_PATTERN } from "../env";

export type Forwarding = {
  trustedProxyHops: number;
  /** Hosts that links may be built on, besides this machine's own names. */
  allowedHosts: readonly string[];
  publicBaseUrl?: string;
};

/** The proxy and host settings of this installation. */
export function forwarding(): Forwarding {
  const settings = env();
  return {
    trustedProxyHops: settings.TRUSTED_PROXY_HOPS,
    allowedHosts: settings.ALLOWED_HOSTS,
    publicBaseUrl: settings.PUBLIC_BASE_URL,
  };
}

/** Only `get` is needed: Next's read-only request headers and a `Headers` both have it. */
export type HeaderSource = { get(name: string): string | null };

export type ClientAddress = {
  /** What limits count against: the address, an IPv6 address by its /64 network (one household or device). */
  key: string;
  /** Written by a trusted proxy; otherwise the client may have chosen it. */
  isTrusted: boolean;
};

function listed(headers: HeaderSource, name: string): string[] {
  return (headers.get(name) ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

/**
 * The client's address. Behind N trusted proxies it is the entry N places
 * from the right of X-Forwarded-For: each proxy appends the address it saw,
 * and everything left of that is the client's own say. Without trusted
 * proxies it is the address Next.js reports, which is the socket's peer
 * unless the client sent an X-Forwarded-For of its own: good enough to keep
 * one client's requests apart from another's, never to trust.
 */
export function clientAddress(headers: HeaderSource, trustedProxyHops: number): ClientAddress | null {
  const entries = listed(headers, "x-forwarded-for");
  if (trustedProxyHops > 0 && entries.length >= trustedProxyHops) {
    return { key: addressKey(entries[entries.length - trustedProxyHops] ?? ""), isTrusted: true };
  }
  const last = entries.at(-1);
  return last === undefined ? null : { key: addressKey(last), isTrusted: false };
}

/** One key per IPv4 address and per IPv6 /64 network; anything else (a forged value) as it came, cut short. */
export function addressKey(raw: string): string {
  let address = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.replace(/:\d+$/, "");
  address = address.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  if (isIPv4(address)) return address;
  if (isIPv6(address)) return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
  return raw.slice(0, 100);
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; only the first four groups matter here.
  const missing = Math.max(0, 8 - left.length - right.length);
  return [...left, ...Array.from({ length: missing }, () => "0"), ...right].map((group) =>
    group.includes(".") ? group : group.padStart(4, "0"),
  );
}

/** The host the client asked for: the Host header, or behind trusted proxies the X-Forwarded-Host the first of them set. */
export function requestHost(headers: HeaderSource, forwarding: Forwarding): string | null {
  const forwarded = forwarding.trustedProxyHops > 0 ? listed(headers, "x-forwarded-host")[0] : undefined;
  const host = (forwarded ?? headers.get("host") ?? "").trim().toLowerCase();
  return HOST_PATTERN.test(host) ? host : null;
}

/** A year; browsers then never try plain http for this host (and those below it) again. */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** Served over https: PUBLIC_BASE_URL says so, or a trusted proxy does in X-Forwarded-Proto (Next.js itself speaks plain http). */
export function isHttps(headers: HeaderSource, forwarding: Forwarding): boolean {
  if (forwarding.publicBaseUrl?.startsWith("https:")) return true;
  return forwarding.trustedProxyHops > 0 && listed(headers, "x-forwarded-proto")[0]?.toLowerCase() === "https";
}

function splitHost(host: string): { name: string; port: string | null } {
  const match = /^(.*?)(?::(\d+))?$/.exec(host);
  return { name: match?.[1] ?? host, port: match?.[2] ?? null };
}

/** An entry with a port allows that port only; one without allows the host on any port. */
export function isAllowedHost(host: string, allowedHosts: readonly string[]): boolean {
  const { name, port } = splitHost(host.toLowerCase());
  return allowedHosts.some((entry) => {
    const allowed = splitHost(entry.toLowerCase());
    return allowed.name === name && (allowed.port === null || allowed.port === port);
  });
}

// Per process: the names and addresses of the machine this instance runs on, which differ per machine.
let machineHosts: string[] | undefined;

/** This machine's names and addresses: links on them can only lead back here. */
export function ownHosts(): readonly string[] {
  machineHosts ??= [
    "localhost",
    "127.0.0.1",
    "[::1]",
    hostname().toLowerCase(),
    `${hostname().toLowerCase()}.local`,
    ...Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry !== undefined)
      .map((entry) => (entry.family === "IPv6" ? `[${entry.address.replace(/%.*$/, "")}]` : entry.address)),
  ];
  return machineHosts;
}

export type BaseUrl = { url: string; refusedHost: string | null };

/**
 * The address links are built on: PUBLIC_BASE_URL, else the host the request
 * asked for if it is this machine's or on the allow-list. A host from anywhere
 * else (a forged Host or X-Forwarded-Host) is refused: links then point to
 * localhost on the same port, and the caller says so in the log.
 */
export function baseUrlFor(headers: HeaderSource, forwarding: Forwarding): BaseUrl {
  if (forwarding.publicBaseUrl) return { url: forwarding.publicBaseUrl, refusedHost: null };
  const protocol = isHttps(headers, forwarding) ? "https" : "http";
  const host = requestHost(headers, forwarding);
  if (host && isAllowedHost(host, [...ownHosts(), ...forwarding.allowedHosts])) {
    return { url: `${protocol}://${host}`, refusedHost: null };
  }
  const port = host ? splitHost(host).port : null;
  return { url: `${protocol}://localhost${port ? `:${port}` : ""}`, refusedHost: host ?? "(none or malformed)" };
}

/**
 * Whether a POST's Origin is the site itself: the host it was sent to (as
 * Host or, as Next.js also accepts, X-Forwarded-Host: a page of another site
 * cannot set either), or PUBLIC_BASE_URL's host.
 */
export function isSameOrigin(headers: HeaderSource, forwarding: Forwarding): boolean {
  const origin = headers.get("origin");
  // Requests without Origin are not from a browser page of another site (browsers send it on every cross-origin POST).
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return false;
  }
  const hosts = [headers.get("host"), listed(headers, "x-forwarded-host")[0]].map((host) => host?.toLowerCase());
  if (forwarding.publicBaseUrl) hosts.push(new URL(forwarding.publicBaseUrl).host.toLowerCase());
  return hosts.includes(originHost);
}
