import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { MAX_ACTION_BODY_BYTES } from "./lib/server/body-limits";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// Messages are compiled at build time, so browsers get no ICU message parser (about 12 KB less per page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

const securityHeaders = [
  // Links carry secret tokens: never pass them on to another site.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // The Content-Security-Policy needs a fresh nonce per page, so proxy.ts sets it.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

const { PUBLIC_BASE_URL } = env();

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    serverActions: {
      // proxy.ts refuses larger forms with 413 first; Next.js would answer 500.
      bodySizeLimit: MAX_ACTION_BODY_BYTES,
      // Read when the server starts: behind a proxy that passes on neither the public Host nor X-Forwarded-Host,
      // forms from the public address are still the site's own.
      allowedOrigins: PUBLIC_BASE_URL ? [new URL(PUBLIC_BASE_URL).host] : [],
    },
    // Next.js copies a page request's body for proxy.ts; twice the limit is enough to tell a form over it.
    proxyClientMaxBodySize: 2 * MAX_ACTION_BODY_BYTES,
  },
  // The PostgreSQL client is generated beside @prisma/client (which Next.js keeps external by itself) and loads
  // its query compiler from its own folder, so it must stay a package on disk too.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "@samenwerkingsscan/prisma-postgres",
    "@prisma/adapter-pg",
    "pg",
    "@react-pdf/renderer",
    "exceljs",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // JSON answers render nothing: the strictest policy. Pages get theirs, with a nonce, from proxy.ts.
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
