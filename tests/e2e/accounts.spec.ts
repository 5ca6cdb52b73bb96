import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createScan, expectFitsWidth, sharedPage, signIn, signUp } from "./helpers";
import { waitForMail } from "./mailbox";

const stamp = Date.now();
const owner = { name: "Olga Eigenaar", email: `olga.${stamp}@example.org`, password: "een lang wachtwoord" };
const colleague = { name: "Kees Collega", email: `kees.${stamp}@example.org`, password: "nog een lang wachtwoord" };

test.describe
  .serial("an advisor with an account shares a scan with a colleague", () => {
    const ownerPage = sharedPage();
    const colleaguePage = sharedPage({ viewport: { width: 390, height: 844 } });

    test("signing up explains a password that is too short, then lands on an empty Mijn scans", async () => {
      const page = ownerPage();
      await page.goto("/");
      await page.getByRole("link", { name: "Inloggen" }).click();
      await page.getByRole("link", { name: "Maak een account" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Account maken" })).toBeVisible();
      await page.getByLabel("Naam").fill(owner.name);
      await page.getByLabel("E-mailadres").fill(owner.email);
      await page.getByLabel("Wachtwoord").fill("kort");
      await page.getByRole("button", { name: "Account maken" }).click();
      await expect(page.getByText("Kies een wachtwoord van 10 tot 128 tekens.")).toBeVisible();
      await expect(page.getByLabel("E-mailadres")).toHaveValue(owner.email);
      await expectNoAxeViolations(page);

      await signUp(page, owner);
      await expect(page.getByRole("heading", { name: "Nog geen scans" })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("a scan created while signed in is in Mijn scans, with its partners and what needs attention", async () => {
      const page = ownerPage();
      await createScan(page, { name: "Wijkzorg Noord", partners: ["Gemeente", "Huisartsen", "Thuiszorg"] });
      await page.getByRole("link", { name: "Mijn scans" }).click();
      const card = page.getByTestId("my-scan").filter({ hasText: "Wijkzorg Noord" });
      await expect(card).toContainText("Jouw rol: eigenaar");
      await expect(card.getByRole("listitem").filter({ hasText: "Huisartsen" }).first()).toContainText(
        "0 van 10 ingevuld",
      );
      await expect(card).toContainText("Thuiszorg: 0 van minstens 3 ingevuld");
      await expectNoAxeViolations(page);
      await expectFitsWidth(page, 1280);
    });

    test("the colleague signs up on a phone, has no scans yet and is asked to confirm the address", async () => {
      const page = colleaguePage();
      await signUp(page, colleague);
      await expect(page.getByRole("heading", { name: "Nog geen scans" })).toBeVisible();
      const unconfirmed = page.getByTestId("unconfirmed");
      await expect(unconfirmed.getByRole("heading", { name: "Bevestig je e-mailadres" })).toBeVisible();
      await expect(unconfirmed).toContainText(`We stuurden een bevestigingslink naar ${colleague.email}.`);
      await expectNoAxeViolations(page);
      await expectFitsWidth(page, 390);
    });

    test("the owner cannot share with the address before its owner confirmed it", async () => {
      const page = ownerPage();
      await page.getByRole("link", { name: "Wijkzorg Noord openen" }).click();
      await page.getByRole("link", { name: "Delen met collega’s" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Delen" })).toBeVisible();
      await page.getByLabel("E-mailadres van je collega").fill(colleague.email);
      await page.getByLabel("Rol").selectOption("viewer");
      await page.getByRole("button", { name: "Delen", exact: true }).click();
      await expect(page.getByRole("status")).toContainText("Dit account heeft zijn e-mailadres nog niet bevestigd.");
      await expect(page.getByTestId("member").filter({ hasText: colleague.email })).toHaveCount(0);
    });

    test("the colleague confirms the address with the link from the mail", async () => {
      const page = colleaguePage();
      const [mail] = await waitForMail(colleague.email, 1, "/e-mailadres-bevestigen/");
      expect(mail?.subject).toBe("Bevestig je e-mailadres voor de Samenwerkingsscan");
      const link = /https?:\/\/\S+\/e-mailadres-bevestigen\/[A-Za-z0-9_.-]+/.exec(mail?.text ?? "")?.[0] ?? "";
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1, name: "E-mailadres bevestigen" })).toBeVisible();
      await expectNoAxeViolations(page);
      await expectFitsWidth(page, 390);
      await page.getByRole("button", { name: "E-mailadres bevestigen" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Je e-mailadres is bevestigd. Collega’s kunnen nu scans met je delen.",
      );
      await page.getByRole("link", { name: "Mijn scans" }).first().click();
      await expect(page.getByRole("heading", { name: "Nog geen scans" })).toBeVisible();
      await expect(page.getByTestId("unconfirmed")).toHaveCount(0);
    });

    test("the owner shares the scan with the colleague as a viewer", async () => {
      const page = ownerPage();
      await page.getByLabel("E-mailadres van je collega").fill(colleague.email);
      await page.getByLabel("Rol").selectOption("viewer");
      await page.getByRole("button", { name: "Delen", exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: `Gedeeld met ${colleague.email}.` })).toBeVisible();
      await expect(page.getByTestId("member").filter({ hasText: colleague.email })).toContainText("kijker");
      await expectNoAxeViolations(page);
    });

    test("the colleague signs in again and sees the scan as a viewer, without links or settings", async () => {
      const page = colleaguePage();
      await page.getByRole("button", { name: "Uitloggen" }).click();
      await page.waitForURL(/\/$/);
      await signIn(page, colleague);
      const card = page.getByTestId("my-scan").filter({ hasText: "Wijkzorg Noord" });
      await expect(card).toContainText("Jouw rol: kijker");
      await expectNoAxeViolations(page);
      await expectFitsWidth(page, 390);

      await card.getByRole("link", { name: "Wijkzorg Noord openen" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Wijkzorg Noord" })).toBeVisible();
      await expect(page.getByText("Je bekijkt deze samenwerking als kijker")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Instellingen" })).toHaveCount(0);
      await expect(page.getByTestId("invite-Gemeente")).toHaveCount(0);
      await expectNoAxeViolations(page);
      await expectFitsWidth(page, 390);
    });

    test("once the owner takes access away, the colleague no longer sees the scan", async () => {
      const page = ownerPage();
      page.once("dialog", (dialog) => dialog.accept());
      await page.getByRole("button", { name: `Toegang van ${colleague.email} intrekken` }).click();
      await expect(page.getByTestId("member").filter({ hasText: colleague.email })).toHaveCount(0);
      await expect(page.getByTestId("member").filter({ hasText: owner.email })).toContainText("eigenaar");

      const other = colleaguePage();
      await other.goto("/mijn-scans");
      await expect(other.getByRole("heading", { name: "Nog geen scans" })).toBeVisible();
    });
  });
