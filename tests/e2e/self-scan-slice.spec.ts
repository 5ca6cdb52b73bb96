import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("a visitor starts a scan, answers, reloads and still sees answers and score", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Hoe staat jullie samenwerking ervoor?" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Probeer de scan" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole("heading", { name: "Invalshoek Ambitie" })).toBeVisible();
  await expect(page.getByTestId("score-ambition")).toContainText("Beantwoord minstens 2 stellingen ");
  await expectNoAxeViolations(page);

  const sharedGoal = page.getByRole("group", { name: /samen onder woorden gebracht/ });
  await sharedGoal.getByLabel("Helemaal eens").check();
  await expect(sharedGoal.getByRole("status")).toHaveText("Opgeslagen");
  // One answer of the four ambition statements is not enough for a score yet.
  await expect(page.getByTestId("score-ambition")).toContainText("Beantwoord minstens 2 stellingen");

  // Reversed statement: agreeing that the collaboration is a side issue lowers the score.
  const sideIssue = page.getByRole("group", { name: /eerder een bijzaak/ });
  await sideIssue.getByLabel("Eens", { exact: true }).check();
  await expect(sideIssue.getByRole("status")).toHaveText("Opgeslagen");
  await expect(page.getByTestId("score-ambition")).toContainText("63 van 100");

  await page.reload();
  await expect(sharedGoal.getByLabel("Helemaal eens")).toBeChecked();
  await expect(sideIssue.getByLabel("Eens", { exact: true })).toBeChecked();
  await expect(page.getByTestId("score-ambition")).toContainText("63 van 100");
  await expect(page.getByText("2 van 4 stellingen beantwoord")).toBeVisible();
});

test("'don't know' is stored but does not count towards the score", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Probeer de scan" }).click();
  const sharedGoal = page.getByRole("group", { name: /samen onder woorden gebracht/ });
  await sharedGoal.getByLabel("Weet niet / n.v.t.").check();
  await expect(sharedGoal.getByRole("status")).toHaveText("Opgeslagen");
  await expect(page.getByTestId("score-ambition")).toContainText("Beantwoord minstens 2 stellingen ");
  await page.reload();
  await expect(sharedGoal.getByLabel("Weet niet / n.v.t.")).toBeChecked();
});

test("the language switch shows the product in English and back in Dutch", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Schakel naar English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How is your collaboration doing?" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Try the scan" }).click();
  await expect(page.getByRole("heading", { name: "Lens: Ambition" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Switch to Nederlands" }).click();
  await expect(page.getByRole("heading", { name: "Invalshoek Ambitie" })).toBeVisible();
});

test("an unknown link shows a clear not-found page", async ({ page }) => {
  const response = await page.goto("/r/AAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the health endpoint reports a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});
