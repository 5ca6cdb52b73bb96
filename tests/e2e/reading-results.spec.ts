import { expect, type Locator, type Page, test } from "@playwright/test";
import { instrument } from "../../content";
import { itemsForVariant } from "../../lib/instrument/items";
import { expectNoAxeViolations } from "./axe";
import { createScan, inviteLink, openDemo, respondWith, sharedPage } from "./helpers";

const quick = itemsForVariant("quick", instrument.version).flatMap((item) =>
  item.kind === "statement" ? [item.statement] : [],
);
const reversed = quick.find((statement) => statement.isReversed);
const positive = quick.find((statement) => !statement.isReversed);
if (!reversed || !positive) throw new Error("the quick scan has statements of both directions");
const everythingStronglyAgreed = Object.fromEntries(quick.map((statement) => [statement.id, 5]));

/** The figure beside a statement: its text as worded, its tone, and a colour that is orange (unfavourable) or blue. */
async function expectFigure(figure: Locator, text: RegExp, tone: "favourable" | "unfavourable"): Promise<void> {
  await expect(figure).toHaveText(text);
  await expect(figure).toHaveAttribute("data-tone", tone);
  const [red, , blue] = await figure.evaluate((element) =>
    (getComputedStyle(element).backgroundColor.match(/\d+/g) ?? []).map(Number),
  );
  if (tone === "unfavourable") expect(red).toBeGreaterThan(blue ?? 0);
  else expect(blue).toBeGreaterThan(red ?? 0);
}

function statementRow(page: Page, testId: string, statementId: string): Locator {
  return page.getByTestId(testId).locator(`tr[data-statement="${statementId}"]`);
}

test.describe
  .serial("a negatively worded statement everyone agrees with reads as agreement, in the unfavourable colour", () => {
    const page = sharedPage();
    const respondent = sharedPage();
    let resultsUrl = "";

    test("three executives of one partner and three managers of another strongly agree with every statement", async () => {
      const manageUrl = await createScan(page(), {
        name: "Ketenzorg Noord",
        partners: ["Gemeente", "Zorggroep"],
        invited: [3, 3],
      });
      const gemeente = await inviteLink(page(), "Gemeente");
      const zorggroep = await inviteLink(page(), "Zorggroep");
      for (const [invite, role] of [
        [gemeente, "Bestuurder of directeur"],
        [gemeente, "Bestuurder of directeur"],
        [gemeente, "Bestuurder of directeur"],
        [zorggroep, "Manager of projectleider"],
        [zorggroep, "Manager of projectleider"],
        [zorggroep, "Manager of projectleider"],
      ] as const) {
        await respondWith(respondent(), invite, role, everythingStronglyAgreed);
      }
      resultsUrl = `${manageUrl}/resultaten`;
    });

    test("the lenses page shows a mean of 5,0 and 100% agreement, never 0", async () => {
      await page().goto(`${resultsUrl}/invalshoeken`);
      const row = statementRow(page(), `statements-${reversed.lensId}`, reversed.id);
      await expect(row.getByRole("rowheader")).toContainText(reversed.text.nl);
      await expect(row.getByRole("rowheader")).toContainText("negatief geformuleerd");
      await expectFigure(row.locator("[data-tone]"), /^5,0/, "unfavourable");
      await expect(row.getByRole("cell").nth(1)).toHaveText("100%");
      const plain = statementRow(page(), `statements-${positive.lensId}`, positive.id);
      await expectFigure(plain.locator("[data-tone]"), /^5,0/, "favourable");
      await expect(page().getByTestId("figure-legend")).toContainText("helemaal eens");
      await expectNoAxeViolations(page());
    });

    test("partners side by side show each partner's 5,0 in the unfavourable colour", async () => {
      await page().goto(`${resultsUrl}/partners`);
      const figures = statementRow(page(), "partner-heatmap", reversed.id).locator("[data-tone]");
      await expect(figures).toHaveCount(2);
      for (const figure of await figures.all()) await expectFigure(figure, /^5,0/, "unfavourable");
      await expectNoAxeViolations(page());
    });

    test("roles side by side: executives and the people at the table, same reading", async () => {
      await page().getByRole("link", { name: "Rollen" }).click();
      await expect(page().getByTestId("role-lenses").getByRole("columnheader")).toHaveText([
        "Invalshoek",
        /^Bestuurder of directeur/,
        /^Manager of projectleider/,
        "Verschil bestuur–tafel",
      ]);
      const figures = statementRow(page(), "role-heatmap", reversed.id).locator("[data-tone]");
      await expect(figures).toHaveCount(2);
      for (const figure of await figures.all()) await expectFigure(figure, /^5,0/, "unfavourable");
      await expectNoAxeViolations(page());
    });

    test("in English the figures read 5.0 and 100%", async () => {
      await page().goto(`${resultsUrl}/invalshoeken`);
      await page().getByRole("button", { name: "Schakel naar English" }).click();
      const row = statementRow(page(), `statements-${reversed.lensId}`, reversed.id);
      await expect(row.getByRole("rowheader")).toContainText(reversed.text.en);
      await expectFigure(row.locator("[data-tone]"), /^5\.0/, "unfavourable");
      await expect(row.getByRole("cell").nth(1)).toHaveText("100%");
      await expectNoAxeViolations(page());
      await page().getByRole("button", { name: "Switch to Nederlands" }).click();
    });
  });

test.describe
  .serial("the demo's roles and background, as a realistic scan shows them", () => {
    const page = sharedPage();
    let resultsUrl = "";

    test("roles: executives beside the people at the table, most different first, with the gap", async () => {
      resultsUrl = `${await openDemo(page())}/resultaten`;
      await page().goto(`${resultsUrl}/rollen`);
      await expect(page().getByRole("heading", { level: 2, name: "Rollen naast elkaar" })).toBeVisible();
      const headers = page().getByTestId("role-lenses").getByRole("columnheader");
      await expect(headers.first()).toHaveText("Invalshoek");
      await expect(headers.filter({ hasText: "Bestuurder of directeur" })).toHaveCount(1);
      await expect(headers.last()).toHaveText("Verschil bestuur–tafel");
      const gaps = await page().getByTestId("role-lenses").locator("tbody tr td:last-child").allInnerTexts();
      const numbers = gaps.map(Number);
      expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
      await expect(page().getByTestId("role-heatmap").locator("tbody tr")).not.toHaveCount(0);
      await expectNoAxeViolations(page());
    });

    test("background: the four trust modes explained with their source, per partner the one that prevails, and shared motives", async () => {
      await page().getByRole("link", { name: "Achtergrond" }).click();
      await expect(page().getByRole("heading", { level: 2, name: "Vertrouwen en waakzaamheid" })).toBeVisible();
      for (const mode of [
        "Waakzaam contracteren",
        "Onderzoekend uitwisselen",
        "Berekenend verbinden",
        "Onbelemmerd samenwerken",
      ]) {
        await expect(page().getByRole("term").filter({ hasText: mode })).toBeVisible();
      }
      await expect(
        page().getByText("Bron: Kaats & Opheij, Leren samenwerken tussen organisaties, § 5.1.3–5.1.6"),
      ).toBeVisible();
      // The demo's story: the insurer calculates, the home-care provider shares step by step, the municipality is divided.
      const perPartner = page().getByTestId("trust-per-group");
      await expect(perPartner).toContainText("Zorgverzekeraar Delta: Berekenend verbinden");
      await expect(perPartner).toContainText("Thuiszorg Aan Huis: Onderzoekend uitwisselen");
      await expect(page().getByTestId("motives").locator("tbody tr", { hasText: "Kostenvoordeel" })).toContainText(
        /nee, \d,\d stappen verschil/,
      );
      await expect(page().getByTestId("motives").locator("tbody tr")).toHaveCount(4);
      await expect(page().getByTestId("motives").locator("tbody tr").first()).toContainText(
        /ja, vergelijkbaar belang|nee, .* stappen verschil/,
      );
      await expectNoAxeViolations(page());
    });

    test("paradoxes: the mean on the −3…+3 scale with a decimal comma, and what the spread means", async () => {
      await page().getByRole("link", { name: "Paradoxen" }).click();
      const figures = page().locator("[data-testid^='paradox-figures-']").first();
      await expect(figures).toContainText(/Nu\s*gemiddeld [−+]?\d,\d op een schaal van −3 tot \+3/);
      await expect(figures).toContainText(/Spreiding\s*\d,\d/);
      await expect(
        page().getByText("Spreiding is hoe ver de antwoorden gemiddeld van het gemiddelde af liggen"),
      ).toBeVisible();
      await expect(page().locator("main")).not.toContainText(/-\d\.\d/);
      await expectNoAxeViolations(page());
    });
  });
