import { type BrowserContextOptions, expect, type Page, test } from "@playwright/test";

/** Creates a scan through the form, as a manager would, and returns its management URL. */
export async function createScan(
  page: Page,
  options: {
    name: string;
    partners: string[];
    /** People invited per partner (default 10 each). */
    invited?: number[];
    variant?: "Snelle scan" | "Volledige scan";
    reporting?: "Open per partner" | "Alleen ikzelf (zelfevaluatie)";
    english?: boolean;
  },
): Promise<string> {
  await page.goto("/scans/nieuw");
  await page.getByLabel("Naam van de samenwerking").fill(options.name);
  if (options.reporting) await page.getByLabel(options.reporting).check();
  for (const [index, partner] of options.partners.entries()) {
    if (index >= 3) await page.getByRole("button", { name: "Partner toevoegen" }).click();
    await page.getByLabel(`Partner ${index + 1}`, { exact: true }).fill(partner);
    if (options.reporting !== "Alleen ikzelf (zelfevaluatie)") {
      await page.getByLabel(`Aantal uitgenodigd Partner ${index + 1}`).fill(String(options.invited?.[index] ?? 10));
    }
  }
  if (options.variant) await page.getByLabel(options.variant).check();
  if (options.english) await page.getByLabel("Taal van de scan").selectOption("en");
  await page.getByRole("button", { name: "Scan aanmaken" }).click();
  await page.waitForURL(/\/beheer\/[A-Za-z0-9_-]{22}\?nieuw=1$/);
  await expect(page.getByRole("heading", { name: "Bewaar deze beheerlink" })).toBeVisible();
  return page.url().replace("?nieuw=1", "");
}

/** Opens a copy of the demo of one's own from the home page and returns its management URL. */
export async function openDemo(page: Page): Promise<string> {
  await page.goto("/");
  await page.getByRole("button", { name: "Bekijk de demoscan" }).click();
  await page.waitForURL(/\/beheer\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Zorgnetwerk Rivierenland" })).toBeVisible();
  return page.url();
}

export async function inviteLink(page: Page, partner: string): Promise<string> {
  return page.getByTestId(`invite-${partner}`).inputValue();
}

/** Waits until every answer given so far has reached the server. */
export async function expectAllSaved(page: Page, text = "Alle antwoorden zijn opgeslagen."): Promise<void> {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

/**
 * A person's flow split into steps: the tests of a serial `describe` share
 * one page, and each step gets its own timeout, so a slow machine finishes
 * every step well within it. Call inside `test.describe.serial`.
 */
export function sharedPage(options?: BrowserContextOptions): () => Page {
  let page: Page | undefined;
  test.beforeAll(async ({ browser }) => {
    // A context of its own (not browser.newPage): axe-core opens helper pages in the page's context.
    const context = await browser.newContext(options);
    page = await context.newPage();
  });
  test.afterAll(async () => {
    await page?.context().close();
  });
  return () => {
    if (!page) throw new Error("the shared page is opened in beforeAll");
    return page;
  };
}

/**
 * One respondent through a partner's invitation: chooses a role, saves the
 * given answers the way the questionnaire does (its save endpoint), and
 * sends them from the review page. The page may be reused for the next one.
 */
export async function respondWith(
  page: Page,
  invite: string,
  role: string,
  answers: Record<string, number | null>,
): Promise<void> {
  await page.goto(invite);
  await page.getByLabel(role).check();
  await page.getByRole("button", { name: "Start de vragenlijst" }).last().click();
  await page.waitForURL(/\/r\/[A-Za-z0-9_-]{22}\/[a-z]+$/);
  const token = /\/r\/([A-Za-z0-9_-]{22})\//.exec(page.url())?.[1];
  const response = await page.request.post(`/api/r/${token}/responses`, {
    data: { answers: Object.entries(answers).map(([itemId, value]) => ({ itemId, value })) },
  });
  expect(response.ok(), await response.text()).toBe(true);
  await page.goto(`/r/${token}/controle`);
  await page.getByRole("button", { name: "Antwoorden versturen" }).click();
  await expect(page.getByRole("heading", { name: "Bedankt voor het invullen!" })).toBeVisible();
}

/**
 * The page fits the window: nothing makes it scroll sideways, and no text is
 * cut off by a box too narrow for it (a wide table may scroll inside a
 * region of its own, the page itself may not).
 */
export async function expectFitsWidth(page: Page, width: number): Promise<void> {
  const { scrollWidth, clipped } = await page.evaluate(() => {
    const cut = [...document.querySelectorAll<HTMLElement>("body *")].filter((element) => {
      const style = getComputedStyle(element);
      const hides = style.overflowX === "hidden" || style.overflowX === "clip";
      const isVisuallyHidden = element.getBoundingClientRect().width <= 1;
      return (
        hides &&
        !isVisuallyHidden &&
        (element.textContent ?? "").trim() !== "" &&
        element.scrollWidth > element.clientWidth + 1
      );
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clipped: cut.map((element) => `${element.tagName.toLowerCase()}: ${(element.textContent ?? "").slice(0, 60)}`),
    };
  });
  expect(scrollWidth, page.url()).toBeLessThanOrEqual(width);
  expect(clipped, page.url()).toEqual([]);
}

/** Creates an account through the sign-up page, as a manager would, and ends on Mijn scans signed in. */
export async function signUp(page: Page, account: { name: string; email: string; password: string }): Promise<void> {
  await page.goto("/registreren");
  await page.getByLabel("Naam").fill(account.name);
  await page.getByLabel("E-mailadres").fill(account.email);
  await page.getByLabel("Wachtwoord").fill(account.password);
  await page.getByRole("button", { name: "Account maken" }).click();
  await page.waitForURL(/\/mijn-scans$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn scans" })).toBeVisible();
}

/** Signs in with an existing account through the sign-in page; ends on Mijn scans. */
export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/inloggen");
  // Where the installation sends e-mail, the page also offers a link by e-mail, with an address field of its own.
  const form = page.getByRole("form", { name: "Inloggen met wachtwoord" });
  await form.getByLabel("E-mailadres").fill(account.email);
  await form.getByLabel("Wachtwoord").fill(account.password);
  await form.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(/\/mijn-scans$/);
}
