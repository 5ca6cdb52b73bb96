/**
 * Takes screenshots of the main screens for a person to look at:
 *   npm run screenshots -- http://127.0.0.1:3000 [out-dir]
 * Both languages, desktop and phone widths. Nothing is asserted here; the
 * end-to-end tests do that.
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "test-results/screenshots";
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 812 } };

async function capture(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  for (const locale of ["nl", "en"] as const) {
    for (const [device, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport });
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseUrl }]);
      const page = await context.newPage();
      await page.goto(baseUrl);
      await capture(page, `${locale}-${device}-home`);
      await page.locator("main form button[type=submit]").first().click();
      await page.waitForURL(/\/r\//);
      await page.locator("input[type=radio][value='4']").first().check();
      await page.waitForTimeout(500);
      await capture(page, `${locale}-${device}-questionnaire`);
      await context.close();
    }
  }
  await browser.close();
  console.log(`screenshots in ${outDir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
