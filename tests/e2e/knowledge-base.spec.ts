import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test("a reader browses every section of the knowledge base in Dutch", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Kennisbank" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kennisbank" })).toBeVisible();
  await expectNoAxeViolations(page);

  const sections = page.getByRole("navigation", { name: "Onderdelen van de kennisbank" });

  await sections.getByRole("link", { name: "Invalshoeken" }).click();
  await expect(page.getByRole("article")).toHaveCount(5);
  await expect(page.getByRole("heading", { level: 2, name: "Ambitie" })).toBeVisible();
  await expect(sections.getByRole("link", { name: "Invalshoeken" })).toHaveAttribute("aria-current", "page");
  await expectNoAxeViolations(page);

  await sections.getByRole("link", { name: "Paradoxen" }).click();
  await expect(page.getByRole("article")).toHaveCount(12);
  await expect(page.getByRole("heading", { name: "Centrale sturing – Decentrale speelruimte" })).toBeVisible();
  await expectNoAxeViolations(page);

  await sections.getByRole("link", { name: "Vraagstukken" }).click();
  await expect(page.getByRole("article")).toHaveCount(9);
  const sham = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Schijnsamenwerking" }) });
  // A negatively worded statement as a core signal: people agree with it.
  await expect(sham.getByTestId("signals-core")).toContainText(
    "De meeste mensen zijn het duidelijk eens met ‘Afspraken die we samen maken, worden vaak niet uitgevoerd’",
  );
  await expect(sham.getByTestId("signals-counter")).toContainText("wijst eerder op ‘Onderorganisatie’");
  await expect(sham.getByTestId("look-alikes")).toContainText("Lijkt op: Onderorganisatie");
  // Sources by author, title and section, in Dutch; no notes meant for the makers.
  await expect(sham.getByText("Bron: Kaats & Opheij, Leren samenwerken tussen organisaties, § 8.4.4")).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/seed \d|signals and interventions|interpretation from/);
  await expectNoAxeViolations(page);

  await sections.getByRole("link", { name: "Faal- en succesfactoren" }).click();
  await expect(page.getByRole("table").first().locator("tbody tr")).toHaveCount(29);
  await expect(page.getByRole("table").nth(1).locator("tbody tr")).toHaveCount(45);
  await expectNoAxeViolations(page);

  await sections.getByRole("link", { name: "Bronnen" }).click();
  await expect(page.getByRole("article")).toHaveCount(5);
  await expect(page.getByText("Kaats, E. & Opheij, W. (2014)", { exact: false })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the knowledge base reads in English after switching language", async ({ page }) => {
  await page.goto("/kennisbank/vraagstukken");
  await page.getByRole("button", { name: "Schakel naar English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Problems" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "A smouldering power game" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How the scan recognises a problem" })).toBeVisible();
  const fading = page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: "The beckoning perspective fades" }) });
  await expect(fading.getByTestId("look-alikes")).toContainText(
    "Lack of a shared ambition (cannot hold at the same time)",
  );
  await expectNoAxeViolations(page);
  await page.goto("/kennisbank/paradoxen");
  await expect(page.getByRole("heading", { name: "Quick visible results – Care in the collaboration" })).toBeVisible();
  await expect(
    page.getByText(
      /^Source: Boonstra, Grensoverschrijdend samenwerken: stoeien met paradoxen \(Collaborating across boundaries: wrestling with paradoxes\), § 4, paradox 10; Van Hille/,
    ),
  ).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/seed \d|hoofdstuk|tabel /);
  await expectNoAxeViolations(page);
});
