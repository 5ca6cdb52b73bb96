import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against a production build (`next build` runs first, see
 * scripts/test-all.ts) on its own port and database file. Debian's Chromium
 * is used where it is installed, because these machines cannot download
 * Playwright's browser; elsewhere Playwright's own Chromium is used.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE_URL = "file:./data/e2e.db";
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: `rm -f data/e2e.db* && tsx scripts/db-deploy.ts && next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { DATABASE_URL, LOG_LEVEL: "warn" },
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
