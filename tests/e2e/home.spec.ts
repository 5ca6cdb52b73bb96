import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openDemo } from "./helpers";

test("the home page says what the product is and leads to a new scan and the demo", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Hoe staat jullie samenwerking ervoor?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start een scan" })).toHaveAttribute("href", "/scans/nieuw");
  await expectNoAxeViolations(page);
  const demo = await openDemo(page);
  await expect(page.getByText("Dit is jouw eigen kopie van de demoscan")).toBeVisible();
  await expect(page.getByTestId("progress-total")).toHaveText("16 ingevuld · 2 bezig · 0 nog niet geopend");
  await expectNoAxeViolations(page);
  // Another visitor gets another copy: whatever one changes, the other never sees.
  const other = await page.context().browser()?.newPage();
  if (!other) throw new Error("no browser");
  expect(await openDemo(other)).not.toBe(demo);
  await other.close();
});

test("the language switch shows the product in English and back in Dutch", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Schakel naar English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How is your collaboration doing?" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Switch to Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hoe staat jullie samenwerking ervoor?" })).toBeVisible();
});

test("the health endpoint reports a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});
