import { describe, expect, it } from "vitest";
import { invitationMail, pasteInvitationText } from "./invitation-mail";

const facts = {
  kind: "invitation" as const,
  locale: "nl" as const,
  to: "anne@example.org",
  scanName: "Zorg & Welzijn <Noord>",
  partnerName: "Gemeente",
  minutes: 8,
  threshold: 3,
  closesAt: new Date("2026-12-18T00:00:00Z"),
  retentionDays: 90,
  link: "https://scan.example.org/r/abc",
  removalLink: "https://scan.example.org/afmelden/def",
  privacyLink: "https://scan.example.org/privacy",
};

describe("invitationMail", () => {
  it("says what, how long, how anonymous, until when, with the link and the way out, in Dutch with Dutch dates", () => {
    const mail = invitationMail(facts);
    expect(mail.subject).toBe("Uitnodiging: Samenwerkingsscan voor ‘Zorg & Welzijn <Noord>’");
    for (const part of ["namens Gemeente", "ongeveer 8 minuten", "minstens 3 mensen", "18 december 2026", facts.link]) {
      expect(mail.text).toContain(part);
    }
    expect(mail.text).toContain(`Verwijder mijn e-mailadres: ${facts.removalLink}`);
    expect(mail.text).toContain("90 dagen");
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${facts.removalLink}>`);
  });

  it("escapes the scan's name in the HTML, and writes a reminder in English for an English scan", () => {
    expect(invitationMail(facts).html).toContain("Zorg &amp; Welzijn &lt;Noord&gt;");
    expect(invitationMail(facts).html).not.toContain("<Noord>");
    const reminder = invitationMail({ ...facts, kind: "reminder", locale: "en" });
    expect(reminder.subject).toBe("Reminder: Collaboration scan for ‘Zorg & Welzijn <Noord>’");
    expect(reminder.text).toContain("18 December 2026");
    expect(reminder.html).toContain('lang="en"');
  });
});

describe("pasteInvitationText", () => {
  it("gives a manager without SMTP the same invitation to paste, with the partner's link and no removal link", () => {
    const text = pasteInvitationText(facts);
    expect(text).toContain("namens Gemeente");
    expect(text).toContain(`Vul de vragenlijst in via deze link: ${facts.link}`);
    expect(text).not.toContain("afmelden");
  });
});
