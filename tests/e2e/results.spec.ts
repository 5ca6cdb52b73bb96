import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openDemo, sharedPage } from "./helpers";

async function openDemoResults(page: import("@playwright/test").Page): Promise<string> {
  await openDemo(page);
  await page.getByRole("link", { name: "Resultaten van ronde 1" }).click();
  await page.waitForURL(/\/ronde\/1\/resultaten$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zorgnetwerk Rivierenland" })).toBeVisible();
  return page.url();
}

test.describe
  .serial("the demo's results, page by page, with the small partner hidden and left out of the totals", () => {
    const page = sharedPage();
    let resultsUrl = "";
    const policyViolations: string[] = [];

    test("the overview shows the basis, the radar, the lens table and the top 3", async () => {
      page().on("console", (message) => {
        if (message.type() === "error" && message.text().includes("Content Security Policy"))
          policyViolations.push(message.text());
      });
      resultsUrl = await openDemoResults(page());
      await expect(page().getByTestId("results-basis")).toHaveText("Gebaseerd op 14 ingevulde vragenlijsten.");
      await expect(
        page()
          .getByTestId("partner-status")
          .getByText(/de antwoorden tellen nog niet mee: te weinig om anoniem te blijven/),
      ).toBeVisible();
      await expect(page().locator(".recharts-polar-grid")).toBeVisible();
      const table = page().getByTestId("lens-table");
      await expect(table.getByRole("columnheader")).toHaveText([
        "Invalshoek",
        "Totaal",
        "Gemeente Rivierstad",
        "Zorgverzekeraar Delta",
        "Thuiszorg Aan Huis",
      ]);
      const ambition = table.getByRole("row", { name: /Ambitie/ });
      await expect(ambition.getByRole("cell").nth(1)).toHaveText(/^\d+$/);
      await expect(page().getByTestId("advice").getByRole("listitem")).toHaveCount(3);
      await expect(page().getByRole("link", { name: "Sluimerend machtsspel" })).toBeVisible();
      await expectNoAxeViolations(page());
    });

    test("the lenses show their comments and how far their figures can be trusted, the paradoxes their poles", async () => {
      await page().getByRole("link", { name: "Invalshoeken" }).click();
      await expect(page().getByRole("heading", { level: 2, name: "Mensen en relaties" })).toBeVisible();
      await expect(
        page().getByText("“Beslissingen vallen vaak al vóór het overleg, bij de verzekeraar.”"),
      ).toBeVisible();
      await expect(page().getByTestId("alpha-ambition")).toHaveText(/^Samenhang van de stellingen: α = 0,\d\d \(\w+/);
      // A third of the people could not say whether competition law was checked: the statement is marked.
      await expect(
        page().locator('[data-statement="ambition.competition-checked"]').getByTestId("dont-know-flag"),
      ).toHaveText("veel ‘weet niet’");
      await expect(page().getByTestId("dont-know-flag")).toHaveCount(1);
      await expectNoAxeViolations(page());

      await page().getByRole("link", { name: "Paradoxen" }).click();
      await expect(
        page().getByRole("heading", { level: 2, name: "Conflict voorkomen – Conflict waarderen" }),
      ).toBeVisible();
      await expectNoAxeViolations(page());
    });

    test("partners side by side, most contested first, without a column for the small partner", async () => {
      await page().getByRole("link", { name: "Partners naast elkaar" }).click();
      await page().getByRole("link", { name: "Meest omstreden eerst" }).click();
      const heatmap = page().getByTestId("partner-heatmap");
      const firstRow = heatmap.locator("tbody tr").first();
      await expect(firstRow).toHaveAttribute("data-contested", "true");
      await expect(firstRow.getByRole("rowheader")).toContainText("in redelijke verhouding");
      // Columns for the partners with figures of their own, and the difference between them; none for the small one.
      await expect(heatmap.locator("thead th")).toHaveCount(5);
      await expect(heatmap.locator("thead")).not.toContainText("Woningcorporatie Thuis");
      await expectNoAxeViolations(page());
    });

    test("the problems come with interventions, the agenda with the partners' differences", async () => {
      await page().getByRole("link", { name: "Vraagstukken" }).click();
      await expect(page().getByRole("heading", { level: 2, name: "Sluimerend machtsspel" })).toBeVisible();
      await expect(page().getByText("Breng afhankelijkheden in kaart.")).toBeVisible();
      // Best supported first, each with how sure the diagnosis is and what carries it, by role and by partner.
      const loyalty = page().getByTestId("problem").nth(0);
      const power = page().getByTestId("problem").nth(1);
      await expect(loyalty.getByRole("heading", { level: 2 })).toHaveText(
        "Dubbele loyaliteiten en achterbanproblematiek",
      );
      await expect(loyalty.getByText("Duidelijk", { exact: true })).toBeVisible();
      await expect(loyalty.getByTestId("core-evidence")).toContainText(
        "Bestuurders en de mensen aan tafel zien ‘Wie namens een partner aan tafel zit, mag ook echt afspraken maken’ verschillend: gemiddeld",
      );
      await expect(loyalty.getByTestId("look-alike")).toContainText("is minder waarschijnlijk");
      await expect(power.getByText("Mogelijk", { exact: true })).toBeVisible();
      await expect(power.getByTestId("core-evidence")).toContainText("Thuiszorg Aan Huis staat alleen bij");
      await power.getByText("De redenering in één alinea").click();
      await expect(power.getByTestId("reasoning")).toContainText("Sluimerend machtsspel (mogelijk). Wat dit draagt:");
      await expectNoAxeViolations(page());

      await page().getByRole("link", { name: "Gespreksagenda" }).click();
      await expect(page().getByTestId("agenda").getByRole("listitem").first()).toContainText(
        "Zorgverzekeraar Delta en Thuiszorg Aan Huis beantwoorden ‘Wat mijn organisatie in de samenwerking steekt",
      );
      await expectNoAxeViolations(page());
      expect(page().url()).toBe(`${resultsUrl}/agenda`);
      expect(policyViolations).toEqual([]);
    });

    test("the action form names every finding in words, a statement the roles see differently by its text", async () => {
      await page().getByRole("link", { name: "Acties" }).click();
      await expect(page().getByRole("heading", { name: "Nieuwe actie" })).toBeVisible();
      // allInnerTexts does not wait: first wait until the choice holds its findings (it did not yet once on a busy machine).
      const findings = page().getByLabel("Bevinding").locator("option");
      await expect(findings.nth(5)).toBeAttached();
      const options = await findings.allInnerTexts();
      // A content id such as "people.caught-between" or "organisation.political-restraint" never shows.
      expect(options.filter((option) => /^[a-z]+\.[a-z-]+$/.test(option.trim()))).toEqual([]);
      await expect(page().getByLabel("Bevinding").locator("optgroup[label='Stelling'] option")).not.toHaveCount(0);
      await expectNoAxeViolations(page());
    });
  });

test("workshop mode steps through the slides with the keyboard and shows no management controls", async ({ page }) => {
  await openDemoResults(page);
  await page.getByRole("link", { name: "Workshopmodus" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zorgnetwerk Rivierenland" })).toBeVisible();
  await expect(page.getByText(/^Dia 1 van \d+$/)).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1, name: "Top 3 om aan te werken" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();
  await page.getByRole("button", { name: "← Vorige" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Top 3 om aan te werken" })).toBeVisible();
  // The last slide is where the group records its decisions; the agenda comes just before it.
  await page.keyboard.press("End");
  await expect(page.getByRole("heading", { level: 1, name: "Besluiten: wie doet wat?" })).toBeVisible();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("heading", { level: 1, name: /^Waar praten we verder over\?/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Scan sluiten" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Workshop verlaten" }).click();
  await expect(page.getByRole("link", { name: "Overzicht" })).toHaveAttribute("aria-current", "page");
});

test("the results read in English, on a phone too", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openDemoResults(page);
  await page.getByRole("button", { name: "Schakel naar English" }).click();
  await expect(page.getByTestId("results-basis")).toHaveText("Based on 14 completed questionnaires.");
  await expect(page.getByRole("heading", { name: "Top 3 to work on" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the next round copies the partners and keeps the management link", async ({ page }) => {
  await openDemoResults(page);
  await page.getByRole("link", { name: "← Terug naar beheer" }).click();
  await page.waitForURL(/\/ronde\/1$/);
  const manageUrl = page.url().replace(/\/ronde\/1$/, "");
  await page.getByRole("link", { name: "Volgende ronde starten" }).click();
  await page.waitForURL(/\/ronde\/nieuw$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ronde 2 van Zorgnetwerk Rivierenland" })).toBeVisible();
  await expect(page.getByLabel("Partner 4", { exact: true })).toHaveValue("Woningcorporatie Thuis");
  await expect(page.getByLabel("Aantal uitgenodigd Partner 4")).toHaveValue("4");
  await expect(page.getByText(/Ronde 1 neemt nog antwoorden aan/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ronde 2 starten" }).click();
  await page.waitForURL(manageUrl);
  await expect(page.getByText("Beheer · Ronde 2")).toBeVisible();
  const rounds = page.getByRole("navigation", { name: "Rondes" });
  await expect(rounds.getByRole("link", { name: /Ronde 2/ })).toHaveAttribute("aria-current", "page");
  await rounds.getByRole("link", { name: /Ronde 1/ }).click();
  await expect(page.getByText("Beheer · Ronde 1")).toBeVisible();
  await expect(page.getByText("Gesloten", { exact: true })).toBeVisible();
  await expect(page.getByText("Deze ronde is gesloten. Alleen de nieuwste ronde kan weer open.")).toBeVisible();
});

test("the report and the data files download from the results screen, in both languages", async ({ page }) => {
  await openDemoResults(page);
  await page
    .getByLabel("Naam en organisatie van de adviseur (optioneel, op het voorblad)")
    .fill("Adviesbureau Verbinding");
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download: Rapport (PDF)" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("zorgnetwerk-rivierenland.pdf");
  for (const [name, file] of [
    ["Workshopdia’s (PowerPoint)", "zorgnetwerk-rivierenland.pptx"],
    ["Samenvatting, cijfers, groepen, opmerkingen en codeboek (Excel)", "zorgnetwerk-rivierenland.xlsx"],
    ["Cijfers en opmerkingen (CSV voor Excel)", "zorgnetwerk-rivierenland.csv"],
    [
      "Cijfers en opmerkingen (CSV met komma’s en decimale punten, voor R, Python of SPSS)",
      "zorgnetwerk-rivierenland-analyse.csv",
    ],
    ["Alle resultaten als JSON, voor heranalyse", "zorgnetwerk-rivierenland.json"],
  ]) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toBe(file);
  }
  await page.getByRole("button", { name: "Schakel naar English" }).click();
  const [english] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Figures and comments (CSV for Excel)" }).click(),
  ]);
  expect(english.suggestedFilename()).toBe("zorgnetwerk-rivierenland.csv");
  // The file follows the language chosen on screen, not the scan's (Dutch): English headers, commas.
  const englishCsv = readFileSync((await english.path()) ?? "", "utf8");
  expect(englishCsv.startsWith("\uFEFFKind of group,Group,Respondents,")).toBe(true);
  await expectNoAxeViolations(page);
});

test("downloads need the management link", async ({ request }) => {
  for (const format of ["pdf", "pptx", "csv", "csv-analysis", "xlsx", "json"]) {
    const response = await request.get(`/beheer/AAAAAAAAAAAAAAAAAAAAAA/export/${format}`);
    expect(response.status(), format).toBe(404);
  }
});
