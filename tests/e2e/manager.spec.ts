import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { createScan, inviteLink, sharedPage } from "./helpers";

test.describe
  .serial("a manager runs a scan from creation to deletion", () => {
    const page = sharedPage();
    let manageUrl = "";
    let invite = "";

    test("the form explains what is wrong with bad input, field by field", async () => {
      await page().goto("/");
      await page().getByRole("link", { name: "Start een scan" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Nieuwe scan" })).toBeVisible();
      await expectNoAxeViolations(page());

      // No name and one partner.
      await page().getByLabel("Partner 1", { exact: true }).fill("Alleen ik");
      await page().getByRole("button", { name: "Scan aanmaken" }).click();
      await expect(page().getByRole("alert").filter({ hasText: "Controleer de gemarkeerde velden." })).toBeVisible();
      await expect(page().locator("#name-error")).toHaveText("Vul dit veld in.");
      await expect(page().getByText("Geef minstens 2 en hoogstens 20 partners op.")).toBeVisible();
      await expect(page().getByLabel("Naam van de samenwerking")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page());
    });

    test("after an error the form keeps everything typed, and asks for the number invited per partner", async () => {
      await page().getByLabel("Korte omschrijving (optioneel)").fill("Samen sterker in de wijk");
      await page().getByLabel("Volledige scan").check();
      await page().getByLabel("Partner 2", { exact: true }).fill("Wijkteam");
      await page().getByLabel("Aantal uitgenodigd Partner 2").fill("6");
      await page().getByLabel("Anonimiteitsdrempel").fill("4");
      await page().getByRole("button", { name: "Scan aanmaken" }).click();
      await expect(page().locator("#name-error")).toHaveText("Vul dit veld in.");
      await expect(page().getByLabel("Korte omschrijving (optioneel)")).toHaveValue("Samen sterker in de wijk");
      await expect(page().getByLabel("Volledige scan")).toBeChecked();
      await expect(page().getByLabel("Partner 1", { exact: true })).toHaveValue("Alleen ik");
      await expect(page().getByLabel("Partner 2", { exact: true })).toHaveValue("Wijkteam");
      await expect(page().getByLabel("Aantal uitgenodigd Partner 2")).toHaveValue("6");
      await expect(page().getByLabel("Anonimiteitsdrempel")).toHaveValue("4");
      // Partner 1 has no number invited yet.
      await expect(page().getByLabel("Aantal uitgenodigd Partner 1")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(page());
    });

    const partnerRows = [
      ["Provincie", "8"],
      ["Netbeheerder", "5"],
      ["Gemeente", "12"],
      ["Woningcorporatie", "4"],
    ] as const;

    test("an error elsewhere keeps every field as typed: name, description, form, variant, partners, counts, reporting, threshold", async () => {
      await page().goto("/scans/nieuw");
      await page().getByLabel("Naam van de samenwerking").fill("Regionale Energiestrategie");
      await page().getByLabel("Korte omschrijving (optioneel)").fill("Vier partners, één warmteplan");
      await page().getByLabel("Partnerschap", { exact: true }).check();
      await page().getByLabel("Volledige scan").check();
      await page().getByLabel("Taal van de scan").selectOption("en");
      for (const [index, [name, invited]] of partnerRows.entries()) {
        if (index >= 3) await page().getByRole("button", { name: "Partner toevoegen" }).click();
        await page()
          .getByLabel(`Partner ${index + 1}`, { exact: true })
          .fill(name);
        await page()
          .getByLabel(`Aantal uitgenodigd Partner ${index + 1}`)
          .fill(invited);
      }
      await page().getByLabel("Open per partner").check();
      // The one mistake: a threshold below 3.
      await page().getByLabel("Anonimiteitsdrempel").fill("2");
      await page().getByRole("button", { name: "Scan aanmaken" }).click();
      await expect(page().locator("#anonymityThreshold-error")).toBeVisible();
      await expect(page().getByLabel("Naam van de samenwerking")).toHaveValue("Regionale Energiestrategie");
      await expect(page().getByLabel("Korte omschrijving (optioneel)")).toHaveValue("Vier partners, één warmteplan");
      await expect(page().getByLabel("Partnerschap", { exact: true })).toBeChecked();
      await expect(page().getByLabel("Volledige scan")).toBeChecked();
      await expect(page().getByLabel("Taal van de scan")).toHaveValue("en");
      await expect(page().getByLabel("Open per partner")).toBeChecked();
      await expect(page().getByLabel("Anonimiteitsdrempel")).toHaveValue("2");
      for (const [index, [name, invited]] of partnerRows.entries()) {
        await expect(page().getByLabel(`Partner ${index + 1}`, { exact: true })).toHaveValue(name);
        await expect(page().getByLabel(`Aantal uitgenodigd Partner ${index + 1}`)).toHaveValue(invited);
      }
      await expectNoAxeViolations(page());
    });

    test("creating the scan shows the management link, an invitation link per partner and its QR code", async () => {
      manageUrl = await createScan(page(), {
        name: "Ketenaanpak Jeugd",
        partners: ["Gemeente", "Jeugdzorg", "Onderwijs", "Politie"],
      });
      await expect(page().getByTestId("management-link")).toHaveValue(manageUrl);
      await expectNoAxeViolations(page());
      invite = await inviteLink(page(), "Jeugdzorg");
      expect(invite).toMatch(/\/i\/[A-Za-z0-9_-]{22}$/);

      // The QR code opens for use in a meeting room, and downloads as an image for a slide or a handout.
      await page().locator("summary", { hasText: "QR-code" }).first().click();
      await expect(page().getByRole("img", { name: "QR-code met de uitnodigingslink voor Gemeente" })).toBeVisible();
      const [png] = await Promise.all([
        page().waitForEvent("download"),
        page().getByRole("link", { name: "Download als PNG (QR-code voor Gemeente)" }).click(),
      ]);
      expect(png.suggestedFilename()).toBe("qr-gemeente.png");
      const bytes = await readFile((await png.path()) ?? "");
      expect([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
      const [svg] = await Promise.all([
        page().waitForEvent("download"),
        page().getByRole("link", { name: "Download als SVG (QR-code voor Gemeente)" }).click(),
      ]);
      expect(svg.suggestedFilename()).toBe("qr-gemeente.svg");
      expect(await readFile((await svg.path()) ?? "", "utf8")).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      // Only the holder of this scan's management link gets it, and only for a partner of this scan.
      const qrPath = new URL(
        (await page()
          .getByRole("link", { name: /Download als PNG/ })
          .first()
          .getAttribute("href")) ?? "",
        page().url(),
      ).pathname;
      expect(
        (await page().request.get(qrPath.replace(/\/beheer\/[^/]+/, "/beheer/AAAAAAAAAAAAAAAAAAAAAA"))).status(),
      ).toBe(404);
      expect((await page().request.get(qrPath.replace(/\/qr\/[^/]+/, "/qr/someone-elses-partner"))).status()).toBe(404);
      expect((await page().request.get(qrPath.replace(/png$/, "gif"))).status()).toBe(404);
    });

    test("the management link is shown only once; a personal link counts as invited", async () => {
      await page().goto(manageUrl);
      await expect(page().getByRole("heading", { name: "Bewaar deze beheerlink" })).toHaveCount(0);
      await expect(page().getByTestId("progress-total")).toHaveText("0 ingevuld · 0 bezig · 0 nog niet geopend");
      await page().getByLabel("Naam of omschrijving").fill("Wethouder");
      await page().getByRole("button", { name: "Link maken" }).click();
      await expect(page().getByTestId("progress-total")).toHaveText("0 ingevuld · 0 bezig · 1 nog niet geopend");
      // A link nobody opened is no respondent yet; the page says what "not opened" means, and what a partner needs.
      await expect(page().getByTestId("respondents-Gemeente")).toHaveText(
        "nog geen respondenten · 1 persoonlijke link nog niet geopend",
      );
      await expect(page().getByRole("definition").filter({ hasText: "nog niemand heeft geopend" })).toBeVisible();
      await expect(
        page()
          .getByTestId("progress-partners")
          .getByRole("row", { name: /Gemeente/ }),
      ).toContainText("nog niet in de resultaten: nog 3 ingevulde vragenlijsten nodig voor eigen cijfers");
    });

    test("someone with a personal link is welcomed as on an invitation page before the first question", async () => {
      const link = await page()
        .getByLabel(/^Wethouder · Gemeente/)
        .inputValue();
      const respondent = await page().context().newPage();
      await respondent.goto(link);
      await expect(respondent.getByRole("heading", { level: 1, name: "Ketenaanpak Jeugd" })).toBeVisible();
      await expect(respondent.getByText("namens Gemeente")).toBeVisible();
      await expect(respondent.getByText(/Dit kost ongeveer \d+ minuten/)).toBeVisible();
      await expect(respondent.getByText("Je antwoorden zijn anoniem.", { exact: false })).toBeVisible();
      await expectNoAxeViolations(respondent);
      await respondent.getByRole("link", { name: "Start de vragenlijst" }).click();
      await expect(respondent.getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();
      // Without an invitation page, the role is asked here, with nothing chosen for them.
      await expect(
        respondent
          .getByRole("group", { name: "Wat is je rol in deze samenwerking?" })
          .getByRole("radio", { checked: true }),
      ).toHaveCount(0);
      await respondent.close();
    });

    test("a partner can be renamed, but not to another partner's name", async () => {
      await page().getByLabel("Naam van Politie").fill("Politie Midden");
      await page()
        .getByRole("listitem")
        .filter({ has: page().getByLabel("Naam van Politie") })
        .getByRole("button", { name: "Opslaan" })
        .click();
      await expect(page().getByLabel("Naam van Politie Midden")).toBeVisible();
      await page().getByLabel("Naam van de nieuwe partner").fill("gemeente");
      await page().getByLabel("Aantal uitgenodigden", { exact: true }).fill("5");
      await page().getByRole("button", { name: "Partner toevoegen" }).click();
      await expect(page().getByText("Er is al een partner met deze naam.")).toBeVisible();
    });

    test("closing the scan stops the invitation; reopening restores it", async () => {
      await page().getByRole("button", { name: "Scan sluiten" }).click();
      await expect(page().getByText("Gesloten", { exact: true })).toBeVisible();
      const respondent = await page().context().newPage();
      await respondent.goto(invite);
      await expect(respondent.getByRole("heading", { name: "Deze scan is gesloten" })).toBeVisible();
      await page().getByRole("button", { name: "Scan heropenen" }).click();
      await expect(page().getByText("Open", { exact: true })).toBeVisible();
      await respondent.reload();
      await expect(respondent.getByRole("button", { name: "Start de vragenlijst" })).toBeVisible();
      await respondent.close();
    });

    test("deleting needs the exact name, and then no link opens the scan any more", async () => {
      await page()
        .getByLabel(/Typ de naam van de scan/)
        .fill("Ketenaanpak");
      await page().getByRole("button", { name: "Definitief verwijderen" }).click();
      await expect(page().getByText("De naam komt niet overeen. De scan is niet verwijderd.")).toBeVisible();
      await page()
        .getByLabel(/Typ de naam van de scan/)
        .fill("Ketenaanpak Jeugd");
      await page().getByRole("button", { name: "Definitief verwijderen" }).click();
      await expect(page().getByRole("heading", { name: "De scan is verwijderd" })).toBeVisible();
      expect((await page().goto(manageUrl))?.status()).toBe(404);
      expect((await page().goto(invite))?.status()).toBe(404);
    });
  });

test("a manager answers the scan personally as a self-assessment", async ({ page }) => {
  const manageUrl = await createScan(page, { name: "Zelfevaluatie", partners: ["Wij", "Zij"] });
  await page.getByLabel("Namens welke partner?").selectOption({ label: "Wij" });
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}\/ambition$/);
  await expect(page.getByText("Namens Wij")).toBeVisible();
  await page.goto(manageUrl);
  await expect(page.getByText("Zelf invullen · Wij · Uitgenodigd")).toBeVisible();
});

test("an unknown management or invitation link shows a clear not-found page", async ({ page }) => {
  for (const path of [
    "/beheer/AAAAAAAAAAAAAAAAAAAAAA",
    "/i/AAAAAAAAAAAAAAAAAAAAAA",
    "/r/AAAAAAAAAAAAAAAAAAAAAA/ambition",
    "/beheer/kort",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test("pages send security headers: no referrer, a nonce-based script policy, no framing", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const manageUrl = await createScan(page, { name: "Referrer", partners: ["A", "B"] });
  const response = await page.goto(manageUrl);
  const headers = response?.headers() ?? {};
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["permissions-policy"]).toContain("camera=()");
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  // The page works under that policy: a client-side action still runs.
  await page.getByRole("button", { name: "Scan sluiten" }).click();
  await expect(page.getByText("Gesloten", { exact: true })).toBeVisible();
  expect(errors.filter((error) => error.includes("Content Security Policy"))).toEqual([]);
});

test("route handlers and downloads send security headers too", async ({ request }) => {
  for (const path of [
    "/api/health",
    "/api/r/AAAAAAAAAAAAAAAAAAAAAA/responses",
    "/beheer/AAAAAAAAAAAAAAAAAAAAAA/export/csv",
  ]) {
    const response = path.includes("/responses") ? await request.post(path, { data: {} }) : await request.get(path);
    const headers = response.headers();
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
  }
});

test("a download link used too often in a minute gets 429 with a message, not a false 'not found'", async ({
  request,
}) => {
  const path = "/beheer/BBBBBBBBBBBBBBBBBBBBBB/export/csv";
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) statuses.push((await request.get(path)).status());
  expect(statuses.slice(0, 30).every((status) => status === 404)).toBe(true);
  const limited = await request.get(path);
  expect(limited.status()).toBe(429);
  expect(await limited.text()).toContain("Te veel verzoeken in korte tijd");
});

test("with open reporting, every respondent reads before answering that their partner is shown however few take part", async ({
  page,
  browser,
}) => {
  const manager = await browser.newPage();
  await createScan(manager, { name: "Open tafel", partners: ["Provincie", "Gemeente"], reporting: "Open per partner" });
  await page.goto(await inviteLink(manager, "Provincie"));
  await expect(page.getByTestId("open-reporting")).toContainText("Let op: open rapportage per partner");
  await expect(page.getByTestId("open-reporting")).toContainText("kunnen je antwoorden herkenbaar zijn");
  await expectNoAxeViolations(page);
  await manager.close();
});

test("a self-assessment has no invitation links, and its one respondent is the manager", async ({ page }) => {
  await createScan(page, { name: "Eigen blik", partners: ["Wij", "Zij"], reporting: "Alleen ikzelf (zelfevaluatie)" });
  await expect(page.getByRole("heading", { name: "Uitnodigingslinks" })).toHaveCount(0);
  await page.getByRole("button", { name: "Start de vragenlijst" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ambitie" })).toBeVisible();
});
