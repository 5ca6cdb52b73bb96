import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expectFitsWidth, sharedPage, signUp } from "./helpers";
import { waitForMail } from "./mailbox";

const account = { name: "Lies Link", email: `lies.${Date.now()}@example.org`, password: "een lang wachtwoord" };

function linkIn(text: string | undefined, path: string): string {
  const link = new RegExp(`https?://\\S+${path}[A-Za-z0-9]+\\S*`).exec(text ?? "")?.[0];
  if (!link) throw new Error(`no ${path} link in the mail`);
  return link;
}

test.describe
  .serial("a person signs in by a link from their e-mail and resets their password", () => {
    const page = sharedPage({ viewport: { width: 390, height: 844 } });

    test("an empty password gets one message, not two", async () => {
      await page().goto("/registreren");
      await page().getByLabel("Naam").fill(account.name);
      await page().getByLabel("E-mailadres").fill(account.email);
      await page().getByRole("button", { name: "Account maken" }).click();
      await expect(page().getByText("Kies een wachtwoord van 10 tot 128 tekens.")).toBeVisible();
      await expect(page().getByText("Controleer wat je hebt ingevuld")).toHaveCount(0);
      await expect(page().getByText("Vul dit veld in.")).toHaveCount(0);
      await expect(page().getByLabel("Wachtwoord")).toBeFocused();
      await signUp(page(), account);
      await page().getByRole("button", { name: "Uitloggen" }).click();
      await page().waitForURL(/\/$/);
    });

    test("the sign-in page offers a link by e-mail; the link from the mail signs in once", async () => {
      await page().goto("/inloggen");
      const section = page().getByRole("region", { name: "Inloggen met een link per e-mail" });
      await section.getByLabel("E-mailadres").fill(account.email);
      await section.getByRole("button", { name: "Stuur mij een inloglink" }).click();
      await expect(section.getByRole("status")).toContainText("Als er een account met dit e-mailadres is");
      await expectNoAxeViolations(page());
      await expectFitsWidth(page(), 390);
      const [mail] = await waitForMail(account.email, 1, "/inloggen/link/");
      expect(mail?.subject).toBe("Je inloglink voor de Samenwerkingsscan");
      const link = linkIn(mail?.text, "/inloggen/link/");
      await page().goto(link);
      await expect(page().getByRole("heading", { level: 1, name: "Inloggen met de link uit je e-mail" })).toBeVisible();
      await expectNoAxeViolations(page());
      await page().getByRole("button", { name: "Inloggen" }).click();
      await page().waitForURL(/\/mijn-scans$/);
      await page().getByRole("button", { name: "Uitloggen" }).click();
      await page().waitForURL(/\/$/);
      await page().goto(link);
      await expect(page().getByText("Deze inloglink werkt niet meer: hij is al gebruikt of verlopen.")).toBeVisible();
      await expectNoAxeViolations(page());
    });

    test("a forgotten password is reset through the mailed link, which then no longer works", async () => {
      await page().goto("/inloggen");
      await page().getByRole("link", { name: "Wachtwoord vergeten?" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Wachtwoord vergeten" })).toBeVisible();
      await page().getByLabel("E-mailadres").fill(account.email);
      await page().getByRole("button", { name: "Stuur mij een link" }).click();
      await expect(page().getByRole("status")).toContainText("Als er een account met dit e-mailadres is");
      await expectNoAxeViolations(page());
      const [mail] = await waitForMail(account.email, 1, "/wachtwoord-herstellen/");
      expect(mail?.subject).toBe("Nieuw wachtwoord voor de Samenwerkingsscan");
      const link = linkIn(mail?.text, "/wachtwoord-herstellen/");
      await page().goto(link);
      await expect(page().getByRole("heading", { level: 1, name: "Nieuw wachtwoord kiezen" })).toBeVisible();
      await expectNoAxeViolations(page());
      await expectFitsWidth(page(), 390);
      account.password = "een nieuw lang wachtwoord";
      await page().getByLabel("Nieuw wachtwoord").fill(account.password);
      await page().getByRole("button", { name: "Wachtwoord opslaan" }).click();
      await page().waitForURL(/\/inloggen\?wachtwoord=nieuw$/);
      await expect(page().getByText("Je nieuwe wachtwoord is opgeslagen.")).toBeVisible();
      await expectNoAxeViolations(page());
      const form = page().getByRole("form", { name: "Inloggen met wachtwoord" });
      await form.getByLabel("E-mailadres").fill(account.email);
      await form.getByLabel("Wachtwoord").fill(account.password);
      await form.getByRole("button", { name: "Inloggen" }).click();
      await page().waitForURL(/\/mijn-scans$/);
      await page().goto(link);
      await expect(page().getByText("Deze link werkt niet meer: hij is al gebruikt of verlopen.")).toBeVisible();
      await expect(page().getByRole("link", { name: "Vraag een nieuwe link aan" })).toBeVisible();
    });
  });
