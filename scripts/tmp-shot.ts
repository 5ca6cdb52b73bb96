import { chromium } from "@playwright/test";

(async () => {
  const [url, out, w, h, scrollSel] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const ctx = await browser.newContext({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 900) } });
  const page = await ctx.newPage();
  await page.goto(url as string);
  if (scrollSel) await page.locator(scrollSel).first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await page.screenshot({ path: out as string });
  await browser.close();
})();
