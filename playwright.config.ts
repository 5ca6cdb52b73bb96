import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { freePortSync } from "./scripts/support/free-port";
import { timeouts } from "./tests/support/timeouts";

/**
 * End-to-end tests against a production build (`next build` runs first, see
 * scripts/test-all.ts) on a free port the OS chooses, with a database file
 * of that run's own. The port is put in the environment, so Playwright's
 * worker processes (which load this file again) use the same one. Debian's
 * Chromium is used where it is installed, because these machines cannot
 * download Playwright's browser; elsewhere Playwright's own Chromium is used.
 */
process.env.E2E_PORT ||= String(freePortSync());
const PORT = Number(process.env.E2E_PORT);
const DATABASE_FILE = `data/e2e-${PORT}.db`;
// A real SMTP server beside the app (tests/support/smtp-sink-server.ts); the tests read what it received.
process.env.E2E_SMTP_PORT ||= String(freePortSync());
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT);
process.env.E2E_MAILBOX ||= `data/e2e-mail-${PORT}`;
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: timeouts.e2eTest,
  expect: { timeout: timeouts.expect },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: timeouts.action,
    navigationTimeout: timeouts.navigation,
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
  webServer: [
    {
      command: "tsx tests/support/smtp-sink-server.ts",
      port: SMTP_PORT,
      env: { SMTP_SINK_PORT: String(SMTP_PORT), SMTP_SINK_DIR: process.env.E2E_MAILBOX },
      reuseExistingServer: false,
      timeout: timeouts.serverStart,
    },
    {
      command: `rm -f ${DATABASE_FILE}* && tsx scripts/db-deploy.ts && next start -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/health`,
      env: {
        DATABASE_URL: `file:./${DATABASE_FILE}`,
        LOG_LEVEL: "warn",
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(SMTP_PORT),
        MAIL_FROM: "Samenwerkingsscan <scan@example.org>",
      },
      reuseExistingServer: false,
      timeout: timeouts.serverStart,
    },
  ],
});
