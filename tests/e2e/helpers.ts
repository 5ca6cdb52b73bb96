import { expect, type Page } from "@playwright/test";

/** Creates a scan through the form, as a manager would, and returns its management URL. */
export async function createScan(
  page: Page,
  options: { name: string; partners: string[]; variant?: "Snelle scan" | "Volledige scan"; english?: boolean },
): Promise<string> {
  await page.goto("/scans/nieuw");
  await page.getByLabel("Naam van de samenwerking").fill(options.name);
  for (const [index, partner] of options.partners.entries()) {
    if (index >= 3) await page.getByRole("button", { name: "Partner toevoegen" }).click();
    await page.getByLabel(`Partner ${index + 1}`, { exact: true }).fill(partner);
  }
  if (options.variant) await page.getByLabel(options.variant).check();
  if (options.english) await page.getByLabel("Taal van de scan").selectOption("en");
  await page.getByRole("button", { name: "Scan aanmaken" }).click();
  await page.waitForURL(/\/beheer\/[A-Za-z0-9_-]{22}\?nieuw=1$/);
  await expect(page.getByRole("heading", { name: "Bewaar deze beheerlink" })).toBeVisible();
  return page.url().replace("?nieuw=1", "");
}

export async function inviteLink(page: Page, partner: string): Promise<string> {
  return page.getByTestId(`invite-${partner}`).inputValue();
}

/** Waits until every answer given so far has reached the server. */
export async function expectAllSaved(page: Page, text = "Alle antwoorden zijn opgeslagen."): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}
