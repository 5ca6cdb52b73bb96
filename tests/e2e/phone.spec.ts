import { expect, type Page, test } from "@playwright/test";
import { instrument } from "../../content";
import { itemsForVariant } from "../../lib/instrument/items";
import { expectNoAxeViolations } from "./axe";
import { expectFitsWidth, openDemo, sharedPage } from "./helpers";

const WIDTH = 390;
const PHONE = { viewport: { width: WIDTH, height: 844 }, hasTouch: true, isMobile: true };
const RESULTS = [
  "",
  "/invalshoeken",
  "/paradoxen",
  "/partners",
  "/partners?volgorde=omstreden",
  "/rollen",
  "/achtergrond",
  "/vraagstukken",
  "/agenda",
  "/acties",
];

async function check(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectFitsWidth(page, WIDTH);
  await expectNoAxeViolations(page);
}

test.use(PHONE);

test.describe
  .serial("every page fits a phone 390 px wide, in Dutch and English", () => {
    const page = sharedPage(PHONE);
    let manageUrl = "";
    let resultsUrl = "";

    test("the management page and every results page of the demo, in Dutch", async () => {
      manageUrl = await openDemo(page());
      await expectFitsWidth(page(), WIDTH);
      await expectNoAxeViolations(page());
      // The results of the newest round, at its own address.
      await page().goto(`${manageUrl}/resultaten`);
      resultsUrl = page().url();
      for (const section of RESULTS) await check(page(), `${resultsUrl}${section}`);
    });

    test("every results page in English", async () => {
      await page().getByRole("button", { name: "Schakel naar English" }).click();
      await expect(page().locator("html")).toHaveAttribute("lang", "en");
      for (const section of RESULTS) await check(page(), `${resultsUrl}${section}`);
      await check(page(), manageUrl);
      await page().getByRole("button", { name: "Switch to Nederlands" }).click();
      await expect(page().locator("html")).toHaveAttribute("lang", "nl");
    });

    test("the home page, the create form with and without errors, the knowledge base and the privacy page", async () => {
      for (const path of ["/", "/scans/nieuw", "/kennisbank", "/kennisbank/invalshoeken", "/kennisbank/paradoxen"]) {
        await check(page(), path);
      }
      for (const path of ["/kennisbank/vraagstukken", "/kennisbank/factoren", "/kennisbank/bronnen", "/privacy"]) {
        await check(page(), path);
      }
      await page().goto("/scans/nieuw");
      await page().getByRole("button", { name: "Scan aanmaken" }).click();
      await expect(page().getByRole("alert").first()).toBeVisible();
      await expectFitsWidth(page(), WIDTH);
    });

    test("a respondent's invitation, every step with four done, the review and the thanks page", async () => {
      await page().goto(manageUrl);
      const invite = await page().getByTestId("invite-Gemeente Rivierstad").inputValue();
      await check(page(), invite);
      await page().getByLabel("Uitvoerend of inhoudelijk betrokken").check();
      await page().getByRole("button", { name: "Start de vragenlijst" }).click();
      await page().waitForURL(/\/r\/[A-Za-z0-9_-]{22}\/ambition$/);
      const base = page()
        .url()
        .replace(/\/ambition$/, "");
      // Four steps complete: their ✓ and hidden "(done)" labels must stay inside the step bar.
      const lenses = new Set(["ambition", "interests", "people", "organisation"]);
      const answers = itemsForVariant("full", instrument.version).flatMap((item) =>
        item.kind === "statement" && lenses.has(item.lensId) ? [{ itemId: item.id, value: 4 }] : [],
      );
      const token = base.split("/r/")[1];
      expect((await page().request.post(`/api/r/${token}/responses`, { data: { answers } })).ok()).toBe(true);
      for (const step of [
        "ambition",
        "interests",
        "people",
        "organisation",
        "process",
        "paradoxen",
        "achtergrond",
        "controle",
      ]) {
        await check(page(), `${base}/${step}`);
      }
      await expect(
        page()
          .getByRole("navigation", { name: "Stappen van de vragenlijst" })
          .getByRole("link", { name: /volledig beantwoord/ }),
      ).toHaveCount(4);
      await page().getByRole("button", { name: "Antwoorden versturen" }).click();
      await expect(page().getByRole("heading", { name: "Bedankt voor het invullen!" })).toBeVisible();
      await expectFitsWidth(page(), WIDTH);
      await expectNoAxeViolations(page());
    });

    test("a tap on “Volgende” lands: the button is large enough and nothing lies over it", async () => {
      await page().goto(manageUrl);
      const invite = await page().getByTestId("invite-Zorgverzekeraar Delta").inputValue();
      await page().goto(invite);
      await page().getByLabel("Manager of projectleider").check();
      await page().getByRole("button", { name: "Start de vragenlijst" }).click();
      await page().waitForURL(/\/ambition$/);
      const next = page().getByRole("link", { name: "Volgende →" });
      await next.scrollIntoViewIfNeeded();
      const box = await next.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      const isOnTop = await next.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return hit !== null && element.contains(hit);
      });
      expect(isOnTop).toBe(true);
      await next.tap();
      await expect(page()).toHaveURL(/\/interests$/);
      await expect(page().getByRole("heading", { level: 1, name: "Belangen" })).toBeVisible();
    });
  });
