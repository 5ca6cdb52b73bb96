import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createScan, expectAllSaved, inviteLink, sharedPage } from "./helpers";

const PHONE = { viewport: { width: 375, height: 812 }, hasTouch: true };
test.use(PHONE);

test.describe
  .serial("a respondent answers on a phone, survives a reload and a lost connection, resumes and submits", () => {
    const page = sharedPage(PHONE);
    const manager = sharedPage();
    let manageUrl = "";
    let invite = "";
    let respondentUrl = "";

    test("the invitation says who is asking and on whose behalf, and starts the questionnaire", async () => {
      manageUrl = await createScan(manager(), { name: "Regiodeal Water", partners: ["Waterschap", "Provincie"] });
      invite = await inviteLink(manager(), "Waterschap");
      await page().goto(invite);
      await expect(page().getByRole("heading", { level: 1, name: "Regiodeal Water" })).toBeVisible();
      await expect(page().getByText("namens Waterschap")).toBeVisible();
      await expectNoAxeViolations(page());
      // Nobody's role is chosen for them: starting without one asks for it, in their language.
      await expect(page().getByRole("radio", { checked: true })).toHaveCount(0);
      await page().getByRole("button", { name: "Start de vragenlijst" }).click();
      await expect(page().getByText("Kies eerst je rol in deze samenwerking.")).toBeVisible();
      await expect(page()).toHaveURL(invite);
      await page().getByLabel("Bestuurder of directeur").check();
      await page().getByRole("button", { name: "Start de vragenlijst" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();
      await expectNoAxeViolations(page());
      respondentUrl = page().url();
    });

    test("answers by tap and by keyboard are saved, with a comment", async () => {
      await page()
        .getByRole("group", { name: /samen onder woorden gebracht/ })
        .getByLabel("Eens", { exact: true })
        .check();
      // Keyboard only: focus the next statement's first option and move with the arrow keys.
      const inspiring = page().getByRole("group", { name: /spreekt mij aan/ });
      await inspiring.getByLabel("Helemaal oneens").focus();
      await page().keyboard.press("ArrowDown");
      await page().keyboard.press("ArrowDown");
      await expect(inspiring.getByLabel("Neutraal")).toBeChecked();
      await page()
        .getByLabel("Opmerking bij Ambitie (optioneel)")
        .fill("Het doel is helder, de weg ernaartoe nog niet.");
      await expectAllSaved(page());
      await expect(page().getByText("2 van 32 vragen beantwoord")).toBeVisible();
    });

    test("after a reload the answers and the comment are there", async () => {
      await page().reload();
      await expect(
        page()
          .getByRole("group", { name: /samen onder woorden gebracht/ })
          .getByLabel("Eens", { exact: true }),
      ).toBeChecked();
      await expect(
        page()
          .getByRole("group", { name: /spreekt mij aan/ })
          .getByLabel("Neutraal"),
      ).toBeChecked();
      await expect(page().getByLabel("Opmerking bij Ambitie (optioneel)")).toHaveValue(
        "Het doel is helder, de weg ernaartoe nog niet.",
      );
    });

    test("an answer given while the connection is down is sent when it returns", async () => {
      await page().context().setOffline(true);
      await page()
        .getByRole("group", { name: /concrete doelen/ })
        .getByLabel("Oneens", { exact: true })
        .check();
      await expect(page().getByText(/Geen verbinding|Opslaan lukte niet/)).toBeVisible();
      await page().context().setOffline(false);
      await expectAllSaved(page());
    });

    test("an answer never acknowledged before the tab closed is kept on the device and sent on the next visit", async ({
      browser,
    }) => {
      await page().route("**/api/r/**", (route) => route.abort());
      await page()
        .getByRole("group", { name: /bijzaak/ })
        .getByLabel("Helemaal oneens")
        .check();
      await expect(page().getByText("Opslaan lukte niet; we proberen het zo opnieuw.", { exact: false })).toBeVisible();
      await page().goto("about:blank");
      await page().unroute("**/api/r/**");
      await page().goto(respondentUrl);
      await expectAllSaved(page());
      // A fresh browser has nothing on the device: what it shows came from the server.
      const elsewhere = await browser.newPage();
      await elsewhere.goto(respondentUrl);
      await expect(elsewhere.getByRole("group", { name: /bijzaak/ }).getByLabel("Helemaal oneens")).toBeChecked();
      await elsewhere.close();
    });

    test("the invitation in the same browser offers to continue at the first open step", async () => {
      await page().goto(invite);
      await page().getByRole("link", { name: "Ga verder waar je gebleven was" }).click();
      await expect(page()).toHaveURL(/\/interests$/);
      await expect(page().getByRole("heading", { level: 1, name: "Belangen" })).toBeVisible();
      await expect(page().getByText("4 van 32 vragen beantwoord")).toBeVisible();
      await page().getByRole("link", { name: "Volgende →" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Mensen en relaties" })).toBeVisible();
    });

    test("a paradox is answered from the step bar", async () => {
      await page()
        .getByRole("navigation", { name: "Stappen van de vragenlijst" })
        .getByRole("link", { name: "Paradoxen" })
        .click();
      await expect(page().getByRole("heading", { level: 1, name: "Paradoxen" })).toBeVisible();
      const central = page().getByRole("group", { name: "Waar staat de samenwerking nu?" }).nth(8);
      await central.getByLabel("Duidelijk richting ‘Centrale sturing’").check();
      await expectAllSaved(page());
      await expectNoAxeViolations(page());
    });

    test("the review lists what is open, and sent answers are final", async () => {
      await page()
        .getByRole("navigation", { name: "Stappen van de vragenlijst" })
        .getByRole("link", { name: "Controleren" })
        .click();
      await expect(page().getByRole("heading", { level: 1, name: "Controleer je antwoorden" })).toBeVisible();
      await expect(page().getByTestId("unanswered")).toHaveText("27 vragen zijn nog niet beantwoord.");
      await expect(page().getByText("Het doel is helder, de weg ernaartoe nog niet.")).toBeVisible();
      // Answers read as sentences, and a comment is no error: only open questions are marked in red.
      await expect(page().getByText("Duidelijk richting ‘Centrale sturing’", { exact: true })).toBeVisible();
      const colourOf = (text: string) =>
        page()
          .getByText(text, { exact: true })
          .first()
          .evaluate((element) => getComputedStyle(element).color);
      expect(await colourOf("Het doel is helder, de weg ernaartoe nog niet.")).toBe(
        await colourOf("Duidelijk richting ‘Centrale sturing’"),
      );
      expect(await colourOf("Het doel is helder, de weg ernaartoe nog niet.")).not.toBe(
        await colourOf("Niet beantwoord"),
      );
      await expectNoAxeViolations(page());
      await page().getByRole("button", { name: "Antwoorden versturen" }).click();
      await expect(page().getByRole("heading", { name: "Bedankt voor het invullen!" })).toBeVisible();
      await expectNoAxeViolations(page());
      // Submitted answers are final: the questionnaire now leads to the thank-you page.
      await page().goto(respondentUrl);
      await expect(page().getByRole("heading", { name: "Bedankt voor het invullen!" })).toBeVisible();
    });

    test("the manager sees the response counted for the partner", async () => {
      await manager().goto(manageUrl);
      await expect(manager().getByTestId("progress-total")).toHaveText("1 ingevuld · 0 bezig · 0 nog niet geopend");
      await expect(manager().getByRole("row", { name: /Waterschap/ })).toContainText("1");
    });
  });

test("a respondent of an English scan sees the invitation and questionnaire in English", async ({ page, browser }) => {
  const manager = await browser.newPage();
  await createScan(manager, { name: "Harbour alliance", partners: ["Port", "City"], english: true });
  const invite = await inviteLink(manager, "Port");
  expect(invite).toContain("?lang=en");
  await page.goto(invite);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("You are invited to fill in the Collaboration scan on behalf of Port")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Manager or project lead").check();
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ambition" })).toBeVisible();
  await page
    .getByRole("group", { name: /jointly put into words/ })
    .getByLabel("Strongly agree")
    .check();
  await expectAllSaved(page, "All answers have been saved.");
  await expectNoAxeViolations(page);
});

test("nothing on the page moves while answers are being saved", async ({ page, browser }) => {
  const manager = await browser.newPage();
  await createScan(manager, { name: "Ketenaanpak Jeugd", partners: ["Gemeente", "Jeugdzorg"] });
  await page.goto(await inviteLink(manager, "Gemeente"));
  await page.getByLabel("Bestuurder of directeur").check();
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();

  // Every layout shift from here on counts, also those right after a click that CLS would forgive.
  await page.evaluate(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: "layout-shift", buffered: false });
  });
  const groups = page.getByRole("group", { name: /./ });
  const positions = async () =>
    groups.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top + window.scrollY));
  const before = await positions();
  for (const name of [/samen onder woorden gebracht/, /spreekt mij aan/, /concrete doelen/]) {
    await page.getByRole("group", { name }).getByLabel("Eens", { exact: true }).check();
  }
  await expectAllSaved(page);
  expect(await positions()).toEqual(before);
  const total = await page.evaluate(() =>
    (window as unknown as { shifts: number[] }).shifts.reduce((sum, value) => sum + value, 0),
  );
  expect(total).toBe(0);
});

test("the page never says everything is saved while a change still waits to be sent", async ({ page, browser }) => {
  const manager = await browser.newPage();
  await createScan(manager, { name: "Zorgnetwerk Oost", partners: ["Ziekenhuis", "Huisartsen"] });
  // The page's timers run at their own pace until the test holds them: then the questionnaire's short wait before sending never ends.
  await page.clock.install();
  await page.goto(await inviteLink(manager, "Ziekenhuis"));
  await page.getByLabel("Bestuurder of directeur").check();
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();
  const respondentUrl = page.url();
  await page
    .getByRole("group", { name: /samen onder woorden gebracht/ })
    .getByLabel("Eens", { exact: true })
    .check();
  await expectAllSaved(page);

  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel("Opmerking bij Ambitie (optioneel)").fill("Wie trekt dit eigenlijk?");
  const status = page.getByRole("status").filter({ hasText: /opgeslagen|opslaan/ });
  await expect(status).toHaveText("Bezig met opslaan…");

  await page.clock.resume();
  await expectAllSaved(page);
  // A browser with nothing on the device shows what the server has.
  const elsewhere = await browser.newPage();
  await elsewhere.goto(respondentUrl);
  await expect(elsewhere.getByLabel("Opmerking bij Ambitie (optioneel)")).toHaveValue("Wie trekt dit eigenlijk?");
  await elsewhere.close();
});
