import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sendMail } from "../../lib/server/mail/send-mail";
import { REFUSAL, type SmtpSink, startSmtpSink } from "../support/smtp-sink";

const smtpPort = await vi.hoisted(async () => {
  const { useTestSmtpSettings } = await import("../support/smtp-env");
  return useTestSmtpSettings();
});

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink(smtpPort);
});
afterAll(async () => {
  await sink.close();
  for (const name of ["SMTP_HOST", "SMTP_PORT", "MAIL_FROM"]) delete process.env[name];
});
beforeEach(() => sink.clear());

/** The mail module against a real SMTP server on the loopback. */
describe("sendMail", () => {
  it("delivers the subject, text and HTML to the recipient, from the configured sender", async () => {
    const outcome = await sendMail({
      to: "anne@example.org",
      subject: "Uitnodiging: Zorgnetwerk",
      text: "Open https://scan.example.org/r/abc",
      html: '<p>Open <a href="https://scan.example.org/r/abc">de vragenlijst</a></p>',
      headers: { "List-Unsubscribe": "<https://scan.example.org/e-mail/x>" },
    });
    expect(outcome).toEqual({ ok: true });
    const [mail, ...others] = sink.to("anne@example.org");
    expect(others).toHaveLength(0);
    expect(mail?.from).toBe("scan@example.org");
    expect(mail?.subject).toBe("Uitnodiging: Zorgnetwerk");
    expect(mail?.text).toContain("https://scan.example.org/r/abc");
    expect(mail?.html).toContain('href="https://scan.example.org/r/abc"');
    expect(mail?.headers["list-unsubscribe"]).toContain("https://scan.example.org/e-mail/x");
  });

  it("reports the server's reason when it refuses the recipient, and delivers nothing", async () => {
    sink.refuse("gone@example.org");
    const outcome = await sendMail({ to: "gone@example.org", subject: "x", text: "x", html: "<p>x</p>" });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? "" : outcome.reason).toContain(REFUSAL.slice(0, 3));
    expect(sink.received).toHaveLength(0);
  });

  it("reports an unreachable server as a failure instead of throwing", async () => {
    await sink.close();
    try {
      const outcome = await sendMail({ to: "anne@example.org", subject: "x", text: "x", html: "<p>x</p>" });
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? "" : outcome.reason).toMatch(/ECONNREFUSED|ECONNECTION/);
    } finally {
      sink = await startSmtpSink(smtpPort);
    }
  });
});
