import { describe, expect, it } from "vitest";
import { invitationMail } from "../../lib/server/invitations/invitation-mail";
import { personalTokenIn, removalTokenIn } from "../support/mail-links";
import type { ReceivedMail } from "../support/smtp-sink";

// Tokens are cut from base64url, so one in 64 ends in "-": the tests that follow a mailed link must read those too.
const PERSONAL = "AbCdEfGhIjKlMnOpQrSt0-";
const REMOVAL = "ZyXwVuTsRqPoNmLkJiHg9-";

function received(locale: "nl" | "en"): ReceivedMail {
  const mail = invitationMail({
    kind: "invitation",
    locale,
    to: "anne@example.org",
    scanName: "Zorgnetwerk",
    partnerName: "Gemeente",
    minutes: 8,
    threshold: 3,
    closesAt: null,
    retentionDays: 90,
    link: `https://scan.example.org/r/${PERSONAL}`,
    removalLink: `https://scan.example.org/afmelden/${REMOVAL}`,
    privacyLink: "https://scan.example.org/privacy",
  });
  return { to: ["anne@example.org"], from: "", subject: mail.subject, text: mail.text, html: mail.html, headers: {} };
}

describe("reading the links in a received invitation", () => {
  it.each(["nl", "en"] as const)("finds a personal and a removal token that end in '-' (%s)", (locale) => {
    expect(personalTokenIn(received(locale))).toBe(PERSONAL);
    expect(removalTokenIn(received(locale))).toBe(REMOVAL);
  });

  it("says so when no mail arrived", () => {
    expect(() => personalTokenIn(undefined)).toThrow("no personal link in the mail (no mail arrived)");
  });
});
