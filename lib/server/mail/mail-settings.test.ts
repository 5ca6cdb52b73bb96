import { describe, expect, it } from "vitest";
import { parseEnv } from "../../env";
import { mailSettingsFrom } from "./mail-settings";

describe("mailSettingsFrom", () => {
  it("sends no e-mail without SMTP_HOST, so the quick start needs no mail server", () => {
    expect(mailSettingsFrom(parseEnv({}))).toBeNull();
  });

  it("uses TLS from the first byte on port 465 and STARTTLS elsewhere, unless SMTP_SECURE says otherwise", () => {
    const base = { SMTP_HOST: "smtp.example.org", MAIL_FROM: "scan@example.org" };
    expect(mailSettingsFrom(parseEnv(base))).toEqual({
      host: "smtp.example.org",
      port: 587,
      secure: false,
      auth: null,
      from: "scan@example.org",
    });
    expect(mailSettingsFrom(parseEnv({ ...base, SMTP_PORT: "465" }))?.secure).toBe(true);
    expect(mailSettingsFrom(parseEnv({ ...base, SMTP_PORT: "465", SMTP_SECURE: "false" }))?.secure).toBe(false);
    expect(mailSettingsFrom(parseEnv({ ...base, SMTP_USER: "scan", SMTP_PASSWORD: "secret" }))?.auth).toEqual({
      user: "scan",
      pass: "secret",
    });
  });
});
