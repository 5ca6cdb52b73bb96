import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { instrument } from "../../content";
import { pptxTexts } from "../../lib/export/testing/pptx-texts";
import { itemsForVariant } from "../../lib/instrument/items";
import { expectNoAxeViolations } from "./axe";
import { createScan, expectFitsWidth, inviteLink, respondWith, sharedPage } from "./helpers";

/**
 * Two rounds of one collaboration: answers in round 1, actions agreed live
 * in the workshop, round 2 under the same management link with the same
 * partners answering more favourably, and then the trend, the review of the
 * actions and the report showing the change.
 */
const statements = itemsForVariant("quick", instrument.version).flatMap((item) =>
  item.kind === "statement" ? [item.statement] : [],
);

/** Every statement answered so that its favourable score is 25 (low) or 75 (high), whichever way it is worded. */
function answersScoring(level: "low" | "high"): Record<string, number> {
  return Object.fromEntries(
    statements.map((statement) => [statement.id, (level === "low") !== statement.isReversed ? 2 : 4]),
  );
}

const PARTNERS = ["Gemeente", "Provincie", "Waterschap"] as const;

/** A negatively worded statement of the quick scan: its figures must read as worded wherever they stand beside it. */
const reversed = statements.find((statement) => statement.isReversed);

test.describe
  .serial("two rounds of one collaboration, with actions agreed in between", () => {
    const page = sharedPage();
    const respondent = sharedPage();
    let manageUrl = "";

    test("round 1: the collaboration starts and three people of each partner answer", async () => {
      manageUrl = await createScan(page(), { name: "Netwerk Oost", partners: [...PARTNERS], invited: [3, 3, 3] });
      await expect(page().getByText("Beheer · Ronde 1")).toBeVisible();
      for (const partner of PARTNERS) {
        const invite = await inviteLink(page(), partner);
        for (let person = 0; person < 3; person++) {
          await respondWith(respondent(), invite, "Manager of projectleider", answersScoring("low"));
        }
      }
    });

    test("round 1: the workshop's last slide records the actions the group agrees on", async () => {
      await page().goto(`${manageUrl}/ronde/1/workshop`);
      await expect(page().getByRole("heading", { level: 1, name: "Netwerk Oost" })).toBeVisible();
      await page().getByRole("button", { name: "Volgende →" }).focus();
      await page().keyboard.press("End");
      await expect(page().getByRole("heading", { level: 1, name: "Besluiten: wie doet wat?" })).toBeVisible();
      await page().getByLabel("Bevinding").selectOption({ label: "Ambitie" });
      await page().getByLabel("Wat gaan we doen?").fill("Samen de ambitie op één A4 zetten");
      // Typing in the form does not move the slides.
      await page().getByLabel("Wat gaan we doen?").press("ArrowLeft");
      await page().getByLabel("Eigenaar", { exact: true }).selectOption({ label: "Gemeente" });
      await page().getByLabel("Klaar op (optioneel)").fill("2027-03-01");
      await page().getByRole("button", { name: "Actie vastleggen" }).click();
      await expect(page().getByTestId("workshop-decisions")).toContainText("Samen de ambitie op één A4 zetten");
      // Without an owner the action is not recorded, and what was typed stays.
      await page().getByLabel("Wat gaan we doen?").fill("Elk kwartaal de kosten verdelen");
      await page().getByRole("button", { name: "Actie vastleggen" }).click();
      await expect(page().getByText("Kies een partner als eigenaar")).toBeVisible();
      await expect(page().getByLabel("Wat gaan we doen?")).toHaveValue("Elk kwartaal de kosten verdelen");
      await page().getByLabel("Eigenaar", { exact: true }).selectOption({ label: "Iemand anders (typ de naam)" });
      await page().getByLabel("Naam (bij ‘Iemand anders’)").fill("Marieke de Boer");
      await page().getByRole("button", { name: "Actie vastleggen" }).click();
      await expect(page().getByTestId("workshop-decisions")).toContainText("Eigenaar: Marieke de Boer");
      // Oldest first, as on the actions tab, each with its status, owner, due date and finding.
      await expect(page().getByTestId("workshop-decisions").getByRole("listitem")).toHaveText([
        /Samen de ambitie op één A4 zetten\s*Open\s*Eigenaar: Gemeente · klaar op 1 mrt 2027\s*Over: Invalshoek · Ambitie/,
        /Elk kwartaal de kosten verdelen\s*Open\s*Eigenaar: Marieke de Boer\s*Over: /,
      ]);
      await expectNoAxeViolations(page());
    });

    test("round 1: the actions page lists what the workshop recorded", async () => {
      await page().goto(`${manageUrl}/ronde/1/resultaten/acties`);
      await expect(page().getByTestId("actions").getByRole("listitem")).toHaveText([
        /Samen de ambitie op één A4 zetten/,
        /Elk kwartaal de kosten verdelen/,
      ]);
      await expect(page().getByTestId("actions")).toContainText("Eigenaar: Gemeente");
      await expectNoAxeViolations(page());
    });

    test("round 2 starts under the same link, with the partners carried over and the actions up for review", async () => {
      await page().goto(manageUrl);
      await page().getByLabel("Volgende ronde uiterlijk op").fill("2030-06-30");
      await page().getByRole("button", { name: "Plannen" }).click();
      await expect(page().getByTestId("next-round-due")).toHaveText(
        "De volgende ronde staat gepland voor 30 jun 2030.",
      );
      await page().getByRole("link", { name: "Volgende ronde starten" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Ronde 2 van Netwerk Oost" })).toBeVisible();
      await expect(page().getByLabel("Partner 3", { exact: true })).toHaveValue("Waterschap");
      await page().getByRole("button", { name: "Ronde 2 starten" }).click();
      await page().waitForURL(manageUrl);
      await expect(page().getByText("Beheer · Ronde 2")).toBeVisible();
      await expect(page().getByTestId("next-round-due")).toHaveText("Er is nog geen volgende ronde gepland.");
      const previous = page().getByTestId("previous-actions");
      await expect(previous.getByRole("heading", { name: "Terugblik op de acties van ronde 1" })).toBeVisible();
      await previous.getByLabel("Stand van zaken").first().selectOption("done");
      await previous.getByRole("button", { name: "Opslaan" }).first().click();
      await expect(previous.getByText("Opgeslagen.")).toBeVisible();
      await expectNoAxeViolations(page());
    });

    test("round 2 before enough questionnaires: the actions page still shows the review and the form", async () => {
      // The management page's review says what changed in the linked lens: nothing yet, nobody answered.
      await expect(page().getByTestId("previous-actions")).toContainText("Ambitie: 25 → geen respons");
      await page()
        .getByTestId("previous-actions")
        .getByRole("link", { name: "Naar de acties en de terugblik" })
        .click();
      await expect(page()).toHaveURL(`${manageUrl}/ronde/2/resultaten/acties`);
      await expect(page().getByText("Er zijn nog geen ingevulde vragenlijsten.")).toBeVisible();
      await expect(page().getByRole("heading", { name: "Terugblik op de acties van ronde 1" })).toBeVisible();
      await expect(page().getByTestId("action-review")).toContainText("Samen de ambitie op één A4 zetten");
      await expect(page().getByRole("heading", { name: "Nieuwe actie" })).toBeVisible();
      await expect(page().getByLabel("Bevinding")).toBeVisible();
      await expectNoAxeViolations(page());
      // The pages that need answers still show none, but lead to the actions.
      await page().goto(`${manageUrl}/ronde/2/resultaten/invalshoeken`);
      await expect(page().getByRole("link", { name: "Naar de acties en de terugblik" })).toBeVisible();
      await expect(page().getByRole("heading", { name: "Nieuwe actie" })).toHaveCount(0);
      await page().goto(manageUrl);
    });

    test("round 2: the same partners answer again, more favourably", async () => {
      for (const partner of PARTNERS) {
        const invite = await inviteLink(page(), partner);
        for (let person = 0; person < 3; person++) {
          await respondWith(respondent(), invite, "Manager of projectleider", answersScoring("high"));
        }
      }
    });

    test("the trend shows the change per lens, per partner and per statement, with the response per round", async () => {
      await page().goto(manageUrl);
      await page().getByRole("link", { name: "Trend over de rondes" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Netwerk Oost" })).toBeVisible();
      await expect(page().locator("svg.recharts-surface").first()).toBeVisible();
      await expect(
        page()
          .getByTestId("trend-response")
          .getByRole("row", { name: /Ronde 2/ }),
      ).toContainText("9");
      await expect(
        page()
          .getByTestId("trend-lenses")
          .getByRole("row", { name: /Ambitie/ }),
      ).toHaveText(/Ambitie\s*25\s*75\s*\+50/);
      await expect(
        page()
          .getByTestId("trend-partners")
          .getByRole("row", { name: /Provincie/ }),
      ).toContainText("3 ingevuld");
      await expect(
        page()
          .getByTestId("trend-partners")
          .getByRole("row", { name: /Provincie/ }),
      ).toHaveText(/Provincie\s*25\s*3 ingevuld\s*75\s*3 ingevuld\s*\+50/);
      // Beside its text a negatively worded statement reads as worded: people agreed (4,0), now disagree (2,0).
      const reversedRow = page().getByTestId("trend-statements").getByRole("row", { name: reversed?.text.nl });
      await expect(reversedRow).toContainText("negatief geformuleerd");
      await expect(reversedRow).toHaveText(/4,0.*2,0.*\u22122,0/);
      await expect(reversedRow.locator("[data-change]")).toHaveAttribute("data-change", "better");
      await expect(reversedRow).not.toContainText("75");
      await expectNoAxeViolations(page());
    });

    test("round 2 opens with the review: each action's status and what changed in its lens", async () => {
      await page().goto(manageUrl);
      await expect(
        page()
          .getByTestId("previous-actions")
          .getByRole("listitem")
          .filter({ hasText: "Samen de ambitie op één A4 zetten" }),
      ).toContainText("Ambitie: 25 → 75 (+50)");
      await page().goto(`${manageUrl}/ronde/2/resultaten`);
      const review = page().getByTestId("action-review");
      await expect(review.getByRole("listitem").filter({ hasText: "Samen de ambitie op één A4 zetten" })).toContainText(
        "Gedaan",
      );
      await expect(review).toContainText("Ambitie: 25 → 75 (+50)");
      await expect(page().getByRole("heading", { name: "Verandering sinds ronde 1" })).toBeVisible();
      await page().getByRole("link", { name: "Workshopmodus" }).click();
      await page().getByRole("button", { name: "Volgende →" }).click();
      await expect(page().getByRole("heading", { level: 1, name: "Terugblik: acties van ronde 1" })).toBeVisible();
      await expect(page().getByTestId("workshop-review")).toContainText("Ambitie: 25 → 75 (+50)");
      await expectNoAxeViolations(page());
    });

    test("the report of round 2 holds the review and the change since round 1", async () => {
      test.skip(!existsSync("/usr/bin/pdftotext"), "pdftotext reads the report");
      const response = await page().request.get(`${manageUrl}/export/pdf?ronde=2`);
      expect(response.ok()).toBe(true);
      const path = join(mkdtempSync(join(tmpdir(), "rounds-")), "report.pdf");
      writeFileSync(path, await response.body());
      const text = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
      expect(text).toContain("Terugblik op de acties van ronde 1");
      // The review's heading shares its page with the first action reviewed.
      const reviewPage = text.split("\f").find((page) => page.includes("Terugblik op de acties van ronde 1"));
      expect(reviewPage).toContain("Samen de ambitie op één A4 zetten");
      expect(text).toMatch(/ronde 1: 9 ingevulde vragenlijsten, waarvan 9 in de\s+cijfers/);
      expect(text).toMatch(/\[Gedaan\] Samen de ambitie op één A4 zetten/);
      expect(text).toContain("Ambitie: 25 → 75 (+50)");
      expect(text).toContain("Verandering sinds ronde 1");
      expect(text).toMatch(/Ambitie\s+25\s+75\s+\+50/);
    });

    test("the PowerPoint of round 2 opens with the review, as the workshop does, and ends with a slide for decisions", async () => {
      const response = await page().request.get(`${manageUrl}/export/pptx?ronde=2`);
      expect(response.ok()).toBe(true);
      const slides = await pptxTexts(await response.body());
      expect(slides[1]).toMatch(/^Terugblik: acties van ronde 1 \| /);
      expect(slides[1]).toMatch(
        /Gedaan \| Samen de ambitie op één A4 zetten \| Eigenaar: Gemeente · klaar op 1 mrt 2027/,
      );
      expect(slides[1]).toContain("Ambitie: 25 → 75 (+50)");
      expect(slides[1]).toMatch(/Open \| Elk kwartaal de kosten verdelen \| Eigenaar: Marieke de Boer/);
      // Nothing agreed in round 2 yet: an empty table that says what to note.
      expect(slides.at(-1)).toMatch(/^Besluiten: wie doet wat\? \| Er zijn in deze ronde nog geen acties vastgelegd\./);
      expect(slides.at(-1)).toContain("Bevinding | Actie | Eigenaar | Klaar op | Stand van zaken");
    });

    test("the trend and the actions read in English, on a phone too", async () => {
      await page().setViewportSize({ width: 390, height: 844 });
      await page().goto(`${manageUrl}/trend`);
      await page().getByRole("button", { name: "Schakel naar English" }).click();
      await expect(page().getByRole("heading", { name: "Per lens" })).toBeVisible();
      await expect(
        page()
          .getByTestId("trend-lenses")
          .getByRole("row", { name: /Ambition/ }),
      ).toHaveText(/Ambition\s*25\s*75\s*\+50/);
      await expectFitsWidth(page(), 390);
      await expectNoAxeViolations(page());
      await page().goto(`${manageUrl}/ronde/2/resultaten/acties`);
      await expect(page().getByRole("heading", { name: "Review of the actions of round 1" })).toBeVisible();
      await expect(page().getByTestId("action-review")).toContainText("Ambition: 25 → 75 (+50)");
      await expectFitsWidth(page(), 390);
      await expectNoAxeViolations(page());
    });
  });
