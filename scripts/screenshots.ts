/**
 * Screenshots of the main screens for a person to look at:
 *   npm run screenshots -- http://127.0.0.1:3000 [out-dir]
 * Both languages, desktop and phone widths, using the demo scan. Nothing is
 * asserted here; the end-to-end tests do that.
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "test-results/screenshots";
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function capture(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
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
      const shot = (name: string) => capture(page, `${locale}-${device}-${name}`);
      await page.goto(baseUrl);
      await shot("home");
      await page.goto(`${baseUrl}/kennisbank/vraagstukken`);
      await shot("knowledge");
      await page.goto(`${baseUrl}/scans/nieuw`);
      await shot("create");
      await page.locator("main form button[type=submit]").last().click();
      await page.locator("[role=alert]").first().waitFor();
      await shot("create-error");
      await page.goto(`${baseUrl}/privacy`);
      await shot("privacy");
      // The demo: a copy of one's own, opened with the home page's button.
      await page.goto(baseUrl);
      const demo = page.locator("main form button[type=submit]").first();
      if ((await demo.count()) === 0) continue;
      await demo.click();
      await page.waitForURL(/\/beheer\//);
      const manage = page.url();
      await shot("manage");
      for (const section of [
        "",
        "/invalshoeken",
        "/paradoxen",
        "/partners?volgorde=omstreden",
        "/vraagstukken",
        "/agenda",
      ]) {
        await page.goto(`${manage}/ronde/1/resultaten${section}`);
        await shot(`results${section.replace(/[/?=]/g, "-") || "-overview"}`);
      }
      await page.goto(manage);
      const invite = await page.locator("[data-testid^='invite-']").first().inputValue();
      await page.goto(invite);
      await shot("invitation");
      await page.locator("main form button[type=submit]").last().click();
      await page.waitForURL(/\/r\/[^/]+\/[a-z]+$/);
      await shot("questionnaire");
      await page.goto(page.url().replace(/\/[a-z]+$/, "/paradoxen"));
      await shot("paradoxes");
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
