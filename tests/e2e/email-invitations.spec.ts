import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createScan, expectAllSaved, sharedPage, signUp } from "./helpers";
import { allMail, waitForMail } from "./mailbox";

const PEOPLE = ["anne.e2e@example.org", "bert.e2e@example.org", "carla.e2e@example.org"];
const advisor = { name: "Ada Adviseur", email: `ada.${Date.now()}@example.org`, password: "een lang wachtwoord" };

/** A personal link in a received mail, on this run's server. */
function linkIn(text: string): string {
  const link = /https?:\/\/\S+\/r\/[A-Za-z0-9_-]{22}/.exec(text)?.[0];
  if (!link) throw new Error("no personal link in the mail");
  return link;
}

test.describe
  .serial("an advisor with an account invites people by e-mail and reminds those who have not answered", () => {
    const page = sharedPage();
    // Each run of the suite has its own database, but the mailbox may hold other tests' mail.
    const before = () => allMail().length;

    test("the advisor signs up, creates a scan and opens it from Mijn scans", async () => {
      await signUp(page(), advisor);
      await createScan(page(), { name: "Wijkzorg per mail", partners: ["Gemeente", "Zorgaanbieder"] });
      await page().getByRole("link", { name: "Mijn scans" }).click();
      await page().getByRole("link", { name: "Wijkzorg per mail openen" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Wijkzorg per mail" })).toBeVisible();
      await expectNoAxeViolations(page());
    });

    test("bad addresses are named and nothing is sent", async () => {
      const mailed = before();
      const section = page().locator("#e-mail");
      await expect(section.getByRole("heading", { name: "Uitnodigen per e-mail" })).toBeVisible();
      await section.getByLabel("Partner", { exact: true }).selectOption({ label: "Gemeente" });
      await section.getByLabel("E-mailadressen", { exact: true }).fill("anne.e2e@example.org\nbert@\ngeen adres");
      await section.getByRole("button", { name: "Uitnodigingen versturen" }).first().click();
      await expect(section.getByRole("status").filter({ hasText: "Dit zijn geen e-mailadressen" })).toContainText(
        "bert@, geen adres",
      );
      await expect(section.getByText("Nog niemand per e-mail uitgenodigd.")).toBeVisible();
      expect(allMail().length).toBe(mailed);
      await expectNoAxeViolations(page());
    });

    test("three addresses each get their own link by e-mail, and the page shows them as sent", async () => {
      const section = page().locator("#e-mail");
      await section.getByLabel("E-mailadressen", { exact: true }).fill(PEOPLE.join("\n"));
      await section.getByRole("button", { name: "Uitnodigingen versturen" }).first().click();
      await expect(section.getByRole("status").filter({ hasText: "3 uitnodigingen verstuurd." })).toBeVisible();
      for (const address of PEOPLE) {
        const [mail] = await waitForMail(address, 1);
        expect(mail?.subject).toBe("Uitnodiging: Samenwerkingsscan voor ‘Wijkzorg per mail’");
      }
      const rows = page().getByTestId("invitees").getByRole("row");
      await expect(rows).toHaveCount(4);
      for (const address of PEOPLE) {
        await expect(rows.filter({ hasText: address })).toContainText(/Verstuurd op .*Nog niet/);
      }
      await expectNoAxeViolations(page());
    });

    test("the link from the received mail opens the questionnaire; the person answers and sends", async () => {
      const [mail] = await waitForMail(PEOPLE[0] ?? "", 1);
      const respondent = await page().context().newPage();
      await respondent.goto(linkIn(mail?.text ?? ""));
      await expect(respondent.getByRole("heading", { level: 1, name: "Wijkzorg per mail" })).toBeVisible();
      await expect(respondent.getByText("namens Gemeente")).toBeVisible();
      await expectNoAxeViolations(respondent);
      await respondent.getByRole("link", { name: "Start de vragenlijst" }).click();
      await expect(respondent.getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();
      // A personal link has no invitation page to choose a role on: the first step asks for it.
      await respondent.getByLabel("Bestuurder of directeur").check();
      const statements = respondent.getByRole("group").filter({ has: respondent.getByLabel("Eens", { exact: true }) });
      const count = await statements.count();
      expect(count).toBeGreaterThan(2);
      for (let index = 0; index < count; index += 1) {
        await statements.nth(index).getByLabel("Eens", { exact: true }).check();
      }
      await expectAllSaved(respondent);
      await expectNoAxeViolations(respondent);
      const token = /\/r\/([A-Za-z0-9_-]{22})/.exec(respondent.url())?.[1];
      await respondent.goto(`/r/${token}/controle`);
      await respondent.getByRole("button", { name: "Antwoorden versturen" }).click();
      await expect(respondent.getByRole("heading", { name: "Bedankt voor het invullen!" })).toBeVisible();
      await expectNoAxeViolations(respondent);
      await respondent.close();
      await page().reload();
      await expect(
        page()
          .getByTestId("invitees")
          .getByRole("row")
          .filter({ hasText: PEOPLE[0] ?? "" }),
      ).toContainText("Ja");
    });

    test("a reminder goes only to the two who have not submitted, and not twice within the interval", async () => {
      const section = page().locator("#e-mail");
      await section.getByRole("button", { name: "Herinnering sturen aan wie nog niet inleverde" }).click();
      await expect(section.getByRole("status").filter({ hasText: "2 herinneringen verstuurd." })).toBeVisible();
      const [first, bert, carla] = PEOPLE;
      for (const address of [bert, carla]) {
        const mails = await waitForMail(address ?? "", 2);
        expect(mails[1]?.subject).toBe("Herinnering: Samenwerkingsscan voor ‘Wijkzorg per mail’");
      }
      expect((await waitForMail(first ?? "", 1)).length).toBe(1);
      await page().reload();
      const rows = page().getByTestId("invitees").getByRole("row");
      await expect(rows.filter({ hasText: first ?? "" })).toContainText(/Verstuurd op .*Ja/);
      for (const address of [bert, carla]) {
        await expect(rows.filter({ hasText: address ?? "" })).toContainText(/1 herinnering, laatst op .*Nog niet/);
      }
      await section.getByRole("button", { name: "Herinnering sturen aan wie nog niet inleverde" }).click();
      await expect(
        section
          .getByRole("status")
          .filter({ hasText: "Geen herinneringen verstuurd; 2 mensen kregen kortgeleden al mail." }),
      ).toBeVisible();
      await expect(
        page()
          .getByTestId("invitees")
          .getByRole("row")
          .filter({ hasText: bert ?? "" }),
      ).toContainText("1 herinnering, laatst op");
      await expectNoAxeViolations(page());
    });

    test("a person removes their address through the link in the mail, without signing in", async () => {
      const [mail] = await waitForMail(PEOPLE[2] ?? "", 2);
      const link = /https?:\/\/\S+\/afmelden\/[A-Za-z0-9_-]{22}/.exec(mail?.text ?? "")?.[0] ?? "";
      const person = await page().context().browser()?.newContext();
      const removal = await person?.newPage();
      if (!removal) throw new Error("no page");
      await removal.goto(link);
      await expect(removal.getByText("‘Wijkzorg per mail’")).toBeVisible();
      await expectNoAxeViolations(removal);
      await removal.getByRole("button", { name: "Verwijder mijn e-mailadres" }).click();
      await expect(removal.getByText("Je e-mailadres is verwijderd.")).toBeVisible();
      await person?.close();
      await page().reload();
      await expect(page().getByTestId("invitees").getByRole("row")).toHaveCount(3);
      await expect(page().getByTestId("invitees")).not.toContainText(PEOPLE[2] ?? "");
    });
  });

test("the privacy page and the accessibility statement are linked from every page's footer, in both languages", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy en anonimiteit" }).click();
  await expect(page.getByRole("heading", { name: "E-mailadressen van genodigden" })).toBeVisible();
  await expect(page.getByText("Tot 90 dagen nadat de ronde is gesloten")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  await expect(page.getByText("WCAG 2.1", { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/toegankelijkheid?lang=en");
  await expect(page.getByRole("heading", { level: 1, name: "Accessibility statement" })).toBeVisible();
  await expectNoAxeViolations(page);
});
