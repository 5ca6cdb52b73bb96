import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  confirmEmailAction,
  requestPasswordResetAction,
  requestSignInLinkAction,
  resendConfirmationAction,
  setNewPasswordAction,
  signInAction,
  signInWithLinkAction,
  signUpAction,
} from "../../app/account-actions";
import { shareCollaboration } from "../../lib/server/account/sharing";
import { isLinkUsable } from "../../lib/server/auth/link-token";
import { currentUser } from "../../lib/server/auth/session";
import { db } from "../../lib/server/db";
import type { FormState } from "../../lib/server/form-action";
import { asBrowser, sendCookies, signInAs, signUpAs, TEST_PASSWORD } from "../support/accounts";
import { makeScan } from "../support/factories";
import { newRequest, redirectTarget } from "../support/request-context";
import { type ReceivedMail, type SmtpSink, startSmtpSink } from "../support/smtp-sink";
import { timeouts } from "../support/timeouts";

const smtpPort = await vi.hoisted(async () => {
  const { useTestSmtpSettings } = await import("../support/smtp-env");
  return useTestSmtpSettings();
});

vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../support/request-context")).nextIntlServer);
vi.mock("next/cache", async () => (await import("../support/request-context")).nextCache);

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink(smtpPort);
});
afterAll(async () => {
  await sink.close();
  for (const name of ["SMTP_HOST", "SMTP_PORT", "MAIL_FROM"]) delete process.env[name];
});
beforeEach(() => {
  sink.clear();
  newRequest();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const idle: FormState = { status: "idle" };

/** Submits a form action as the browser does; a redirect comes back as `redirectedTo`. */
async function submit(
  action: (previous: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string>,
): Promise<FormState & { redirectedTo?: string }> {
  try {
    return await action(idle, form(fields));
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    sendCookies();
    return { status: "success", redirectedTo: target };
  }
}

const PATHS = { signIn: "/inloggen/link/", reset: "/wachtwoord-herstellen/", confirm: "/e-mailadres-bevestigen/" };

/** Mails of one kind (the page their link opens) to one address: a new account also gets its confirmation. */
function mailsTo(address: string, kind: keyof typeof PATHS): ReceivedMail[] {
  return sink.to(address).filter((mail) => mail.text.includes(PATHS[kind]));
}

/** The mail is sent after the answer, so a test waits for it. */
async function waitForMail(address: string, kind: keyof typeof PATHS, count = 1): Promise<ReceivedMail[]> {
  await vi.waitFor(() => expect(mailsTo(address, kind)).toHaveLength(count), {
    timeout: timeouts.expect,
    interval: 50,
  });
  return mailsTo(address, kind);
}

function tokenIn(mail: ReceivedMail | undefined, path: string): string {
  // A confirmation link's secret is a signed token with dots and dashes; the others are letters and digits.
  const token = new RegExp(`${path}([A-Za-z0-9_.-]+)`).exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no ${path} link in the mail`);
  return token;
}

async function expire(identifier: string): Promise<void> {
  await db.verification.updateMany({ where: { identifier }, data: { expiresAt: new Date(Date.now() - 1000) } });
}

describe("signing in by a link sent by e-mail", () => {
  it("mails the link in the asker's language; it signs in once, and a second use is refused with a clear message", async () => {
    const { email } = await signUpAs("Lotte");
    newRequest({ locale: "en" });
    const asked = await submit(requestSignInLinkAction, { email: email.toUpperCase() });
    expect(asked.status).toBe("success");
    expect(asked.message).toContain("If there is an account with this e-mail address");

    const [mail] = await waitForMail(email, "signIn");
    expect(mail?.subject).toBe("Your sign-in link for the Collaboration scan");
    expect(mail?.text).toContain("?lang=en");
    expect(mail?.html).toContain('lang="en"');
    const token = tokenIn(mail, "/inloggen/link/");
    expect(await isLinkUsable("signIn", token)).toBe(true);

    newRequest();
    const used = await submit(signInWithLinkAction, { token });
    expect(used.redirectedTo).toBe("/mijn-scans");
    expect((await currentUser())?.email).toBe(email);

    newRequest();
    expect(await isLinkUsable("signIn", token)).toBe(false);
    const again = await submit(signInWithLinkAction, { token });
    expect(again).toMatchObject({
      status: "error",
      message: "Deze inloglink werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe aan.",
    });
    expect(await currentUser()).toBeNull();
  });

  it("refuses an expired link", async () => {
    const { email } = await signUpAs("Merel");
    newRequest();
    await submit(requestSignInLinkAction, { email });
    const [mail] = await waitForMail(email, "signIn");
    expect(mail?.subject).toBe("Je inloglink voor de Samenwerkingsscan");
    const token = tokenIn(mail, "/inloggen/link/");
    await expire(`magic-link:${token}`);
    expect(await isLinkUsable("signIn", token)).toBe(false);
    const late = await submit(signInWithLinkAction, { token });
    expect(late.status).toBe("error");
    expect(late.message).toContain("al gebruikt of verlopen");
    expect(await currentUser()).toBeNull();
  });

  it("sends nothing to an address without an account, and answers exactly as for one with an account", async () => {
    const { email } = await signUpAs("Noor");
    const unknown = `niemand.${Date.now()}@example.org`;
    newRequest();
    const forUnknown = await submit(requestSignInLinkAction, { email: unknown });
    newRequest();
    const forKnown = await submit(requestSignInLinkAction, { email });
    expect(forUnknown.status).toBe("success");
    expect({ status: forUnknown.status, message: forUnknown.message }).toEqual({
      status: forKnown.status,
      message: forKnown.message,
    });
    await waitForMail(email, "signIn");
    expect(sink.to(unknown)).toHaveLength(0);
    // No account is made on the way.
    expect(await db.user.count({ where: { email: unknown } })).toBe(0);
  });
});

describe("resetting a password by e-mail", () => {
  it("mails a link that sets a new password once; the old password and every session stop working", async () => {
    const { email, cookie } = await signUpAs("Pim");
    newRequest();
    const asked = await submit(requestPasswordResetAction, { email });
    expect(asked.message).toContain("Als er een account met dit e-mailadres is");
    const [mail] = await waitForMail(email, "reset");
    expect(mail?.subject).toBe("Nieuw wachtwoord voor de Samenwerkingsscan");
    const token = tokenIn(mail, "/wachtwoord-herstellen/");
    expect(await isLinkUsable("resetPassword", token)).toBe(true);

    newRequest();
    const empty = await submit(setNewPasswordAction, { token, password: "" });
    expect(empty.fieldErrors).toEqual({ password: ["Kies een wachtwoord van 10 tot 128 tekens."] });
    expect(empty.message).toBeTruthy();

    const newPassword = "een heel nieuw wachtwoord";
    const set = await submit(setNewPasswordAction, { token, password: newPassword });
    expect(set.redirectedTo).toBe("/inloggen?wachtwoord=nieuw");

    asBrowser(cookie);
    expect(await currentUser()).toBeNull();
    newRequest();
    expect(await submit(signInAction, { email, password: TEST_PASSWORD })).toMatchObject({ status: "error" });
    newRequest();
    expect((await submit(signInAction, { email, password: newPassword })).redirectedTo).toBe("/mijn-scans");
    expect((await currentUser())?.email).toBe(email);

    newRequest();
    expect(await isLinkUsable("resetPassword", token)).toBe(false);
    const again = await submit(setNewPasswordAction, { token, password: "weer een ander wachtwoord" });
    expect(again).toMatchObject({
      status: "error",
      message: "Deze link werkt niet meer: hij is al gebruikt of verlopen. Vraag een nieuwe aan.",
    });
  });

  it("refuses an expired link and keeps the password", async () => {
    const { email } = await signUpAs("Quinten");
    newRequest({ locale: "en" });
    await submit(requestPasswordResetAction, { email });
    const [mail] = await waitForMail(email, "reset");
    expect(mail?.subject).toBe("New password for the Collaboration scan");
    const token = tokenIn(mail, "/wachtwoord-herstellen/");
    await expire(`reset-password:${token}`);
    expect(await isLinkUsable("resetPassword", token)).toBe(false);
    const late = await submit(setNewPasswordAction, { token, password: "een heel nieuw wachtwoord" });
    expect(late).toMatchObject({
      status: "error",
      message: expect.stringContaining("it has been used or has expired"),
    });
    newRequest();
    expect((await submit(signInAction, { email, password: TEST_PASSWORD })).redirectedTo).toBe("/mijn-scans");
  });

  it("sends nothing to an address without an account, and answers exactly as for one with an account", async () => {
    const { email } = await signUpAs("Roos");
    const unknown = `onbekend.${Date.now()}@example.org`;
    newRequest();
    const forUnknown = await submit(requestPasswordResetAction, { email: unknown });
    newRequest();
    const forKnown = await submit(requestPasswordResetAction, { email });
    expect(forUnknown.status).toBe("success");
    expect({ status: forUnknown.status, message: forUnknown.message }).toEqual({
      status: forKnown.status,
      message: forKnown.message,
    });
    await waitForMail(email, "reset");
    expect(sink.to(unknown)).toHaveLength(0);
  });
});

describe("an empty password", () => {
  it("gets one message on sign-up and one on sign-in", async () => {
    const signUp = await submit(signUpAction, { name: "Sam", email: "sam@example.org", password: "" });
    expect(signUp.fieldErrors).toEqual({ password: ["Kies een wachtwoord van 10 tot 128 tekens."] });
    const signIn = await submit(signInAction, { email: "sam@example.org", password: "" });
    expect(signIn.fieldErrors).toEqual({ password: ["Vul dit veld in."] });
  });
});

describe("confirming the address of a new account", () => {
  it("mails a confirmation link at sign-up; until it is used nobody can share a collaboration with the account", async () => {
    const owner = await signUpAs("Tessa");
    const { managementToken } = await makeScan({ name: "Alleen voor bevestigde adressen" }, owner.id);
    const colleague = `ulla.${Date.now()}@example.org`;
    newRequest({ locale: "en" });
    expect((await submit(signUpAction, { name: "Ulla", email: colleague, password: TEST_PASSWORD })).redirectedTo).toBe(
      "/mijn-scans",
    );
    expect(await currentUser()).toMatchObject({ email: colleague, isEmailConfirmed: false });
    const [mail] = await waitForMail(colleague, "confirm");
    expect(mail?.subject).toBe("Confirm your e-mail address for the Collaboration scan");
    expect(mail?.text).toContain("The link works for 24 hours.");
    const token = tokenIn(mail, PATHS.confirm);

    await signInAs(owner.email);
    await expect(shareCollaboration({ managementToken, email: colleague, role: "viewer" })).rejects.toMatchObject({
      messageKey: "accountUnconfirmed",
    });

    // Opened on another device, without a session: the link alone confirms the address.
    newRequest();
    const forged = await submit(confirmEmailAction, { token: `${token.slice(0, -2)}xx` });
    expect(forged).toMatchObject({
      status: "error",
      message: expect.stringContaining("bevestigingslink werkt niet meer"),
    });
    const confirmed = await submit(confirmEmailAction, { token });
    expect(confirmed).toMatchObject({
      status: "success",
      message: "Je e-mailadres is bevestigd. Collega’s kunnen nu scans met je delen.",
    });

    await signInAs(owner.email);
    await expect(shareCollaboration({ managementToken, email: colleague, role: "viewer" })).resolves.toEqual({
      email: colleague,
    });
    await signInAs(colleague);
    expect(await currentUser()).toMatchObject({ isEmailConfirmed: true });
  });

  it("sends a new link on request from Mijn scans, to the signed-in person's own address only", async () => {
    const { email } = await signUpAs("Vera");
    await waitForMail(email, "confirm");
    const asked = await submit(resendConfirmationAction, {});
    expect(asked).toMatchObject({ status: "success", message: expect.stringContaining(`naar ${email}`) });
    const [, second] = await waitForMail(email, "confirm", 2);
    expect(await submit(confirmEmailAction, { token: tokenIn(second, PATHS.confirm) })).toMatchObject({
      status: "success",
    });

    newRequest();
    expect(await submit(resendConfirmationAction, {})).toMatchObject({ status: "error" });
  });
});
