import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openDemo, sharedPage } from "./helpers";

/**
 * The workshop on a laptop (1280 × 720) and on a projector (1920 × 1080), in
 * both languages: every slide fits its 16:9 frame, nothing lies outside the
 * screen or behind the controls, and there is a slide for the paradoxes (as
 * lines), the problems and the background.
 */
type Fit = { outside: string[]; slideBottom: number; controlsTop: number; viewport: { width: number; height: number } };

/** Every visible element of the slide whose box lies outside the slide, or whose text runs out of its own box. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const slide = document.querySelector('[data-testid="workshop-slide"]');
    const controls = document.querySelector('[data-testid="workshop-controls"]');
    if (!slide || !controls) throw new Error("no slide or controls on the page");
    const frame = slide.getBoundingClientRect();
    const outside: string[] = [];
    for (const element of slide.querySelectorAll("*")) {
      if (element.closest(".visually-hidden")) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const label = `${element.tagName.toLowerCase()} “${(element.textContent ?? "").trim().slice(0, 40)}”`;
      if (
        box.left < frame.left - 1 ||
        box.right > frame.right + 1 ||
        box.top < frame.top - 1 ||
        box.bottom > frame.bottom + 1
      )
        outside.push(`${label} outside the slide`);
      if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== "visible")
        outside.push(`${label} cut off`);
    }
    return {
      outside,
      slideBottom: frame.bottom,
      controlsTop: controls.getBoundingClientRect().top,
      viewport: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
    };
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe
    .serial(`the workshop at ${size.width} × ${size.height}`, () => {
      const page = sharedPage({ viewport: size });
      let manageUrl = "";
      let workshopUrl = "";

      test("opens from the results in Dutch", async () => {
        manageUrl = await openDemo(page());
        await page().goto(`${manageUrl}/resultaten`);
        await page().getByRole("link", { name: "Workshopmodus" }).click();
        await page().waitForURL(/\/workshop$/);
        workshopUrl = page().url();
        await expect(page().getByRole("heading", { level: 1, name: "Zorgnetwerk Rivierenland" })).toBeVisible();
      });

      for (const language of ["nl", "en"] as const) {
        test(`fits every slide on the screen, above the controls (${language})`, async () => {
          if (language === "en") {
            await page()
              .context()
              .addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(workshopUrl).origin }]);
            await page().goto(workshopUrl);
          }
          const counter = page()
            .getByTestId("workshop-controls")
            .getByText(language === "nl" ? /^Dia 1 van \d+$/ : /^Slide 1 of \d+$/);
          const total = Number((await counter.textContent())?.match(/(\d+)$/)?.[1]);
          expect(total).toBeGreaterThan(8);
          const kinds: string[] = [];
          const previous = page()
            .getByTestId("workshop-controls")
            .getByRole("button", { name: language === "nl" ? "← Vorige" : "← Previous" });
          const next = page()
            .getByTestId("workshop-controls")
            .getByRole("button", { name: language === "nl" ? "Volgende →" : "Next →" });
          const controlsAt = async () => [(await previous.boundingBox())?.x, (await next.boundingBox())?.x];
          const firstControls = await controlsAt();
          for (let index = 1; index <= total; index++) {
            await expect(page().getByTestId("workshop-controls")).toContainText(
              language === "nl" ? `Dia ${index} van ${total}` : `Slide ${index} of ${total}`,
            );
            const slide = page().getByTestId("workshop-slide");
            kinds.push((await slide.getAttribute("data-kind")) ?? "");
            const fit = await measure(page());
            expect(fit.outside, `slide ${index}`).toEqual([]);
            expect(fit.slideBottom, `slide ${index} above the controls`).toBeLessThanOrEqual(fit.controlsTop + 1);
            expect(fit.viewport, `slide ${index} within the screen`).toEqual(size);
            // The buttons stay where the presenter's pointer is, also from "Dia 9" to "Dia 10".
            expect(await controlsAt(), `slide ${index}: the controls in the same place`).toEqual(firstControls);
            if (kinds.at(-1) === "paradoxes") {
              // The paradoxes are drawn as lines, with a dot per partner, not only named.
              await expect(slide.getByRole("img").first()).toBeVisible();
              expect(await slide.locator("svg circle").count()).toBeGreaterThan(2);
            }
            await page().keyboard.press("ArrowRight");
          }
          expect(new Set(kinds)).toEqual(
            new Set(["title", "advice", "lens", "paradoxes", "problems", "background", "agenda", "live"]),
          );
          // The first round has no earlier actions to review: its only live slide is the last one, where the
          // group records its decisions, and that slide fits the screen with its form too.
          expect(kinds.filter((kind) => kind === "live")).toHaveLength(1);
          expect(kinds.at(-1)).toBe("live");
        });
      }

      test("shows a negatively worded statement with the figures of the results as worded, and passes the accessibility check", async () => {
        await page().keyboard.press("Home");
        const slide = page().getByTestId("workshop-slide");
        const note = slide.getByText("Negatively worded: agreeing is unfavourable here.");
        for (let step = 0; step < 12 && (await note.count()) === 0; step++) await page().keyboard.press("ArrowRight");
        await expect(note).toBeVisible();
        await expectNoAxeViolations(page());
        // Beside the statement's text stand the figures of the results as worded: the mean answer of all
        // respondents and of each partner (1–5), as in the JSON export, not the favourable score.
        const response = await page().request.get(`${manageUrl}/export/json`);
        const exported = (await response.json()) as {
          codebook: { id: string; text: string }[];
          diagnosis: {
            statements: { id: string; mean: number; score: number; agreeShare: number }[];
            partners: { name: string; statementMeans: Record<string, number | null> }[];
          };
        };
        const text = (await slide.getByTestId("contested-statement").textContent())?.replace(/^‘|’$/g, "").trim();
        const id = exported.codebook.find((item) => item.text === text)?.id ?? "";
        const statement = exported.diagnosis.statements.find((entry) => entry.id === id);
        expect(statement, `the statement “${text}”`).toBeDefined();
        const oneDecimal = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
        const figures = slide.getByTestId("worded-figure");
        await expect(figures.first()).toHaveText(
          `Overall${oneDecimal.format(statement?.mean ?? 0)} · ${statement?.agreeShare}% agree`,
        );
        // Agreeing with a negatively worded statement is unfavourable, and the colour says so.
        await expect(figures.first().locator("[data-tone]")).toHaveAttribute(
          "data-tone",
          (statement?.score ?? 0) >= 75 ? "favourable" : (statement?.score ?? 0) < 50 ? "unfavourable" : "middling",
        );
        for (const partner of exported.diagnosis.partners) {
          const mean = partner.statementMeans[id];
          if (mean === null || mean === undefined) continue;
          await expect(figures.filter({ hasText: partner.name })).toHaveText(
            `${partner.name}${oneDecimal.format(mean)}`,
          );
        }
      });
    });
}
