import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/server/db";
import { EntriesError } from "../../lib/server/errors";
import { inviteByEmail } from "../../lib/server/invitations/invite-by-email";
import { listInvitees } from "../../lib/server/invitations/list-invitees";
import { purgeExpiredAddresses } from "../../lib/server/invitations/purge-addresses";
import { findRemovalRequest, removeAddress } from "../../lib/server/invitations/remove-address";
import { sendReminders, setReminderInterval } from "../../lib/server/invitations/send-reminders";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { makeScan } from "../support/factories";
import { personalTokenIn, removalTokenIn } from "../support/mail-links";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink";

const smtpPort = await vi.hoisted(async () => {
  const { useTestSmtpSettings } = await import("../support/smtp-env");
  return useTestSmtpSettings();
});

const BASE = "https://scan.example.org";
const DAY_MS = 24 * 60 * 60 * 1000;
const PEOPLE = ["anne@example.org", "bert@example.org", "carla@example.org"];

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink(smtpPort);
});
afterAll(async () => {
  await sink.close();
});
beforeEach(() => sink.clear());

async function answerAndSubmit(token: string): Promise<void> {
  await saveResponses({ token, answers: [{ itemId: "ambition.shared-goal", value: 4 }], comments: [] });
  await submitResponse({ token });
}

/** A scan with three people of its first partner invited by e-mail, and the mails they received. */
async function invitedScan(options: { locale?: "nl" | "en" } = {}) {
  const { managementToken, view } = await makeScan({ name: "Zorgnetwerk Noord", locale: options.locale ?? "nl" });
  const partner = view.partners[0];
  if (!partner) throw new Error("no partner");
  const result = await inviteByEmail({ managementToken, partnerId: partner.id, addresses: PEOPLE.join("\n") }, BASE);
  return { managementToken, partner, result };
}

describe("invitations by e-mail", () => {
  it("sends each address its own working link, in the scan's language, with what, how long, anonymity and removal", async () => {
    const { managementToken, partner, result } = await invitedScan();
    expect(result).toEqual({ sent: 3, failed: 0, alreadyInvited: 0 });
    const mails = PEOPLE.map((address) => sink.to(address));
    expect(mails.map((list) => list.length)).toEqual([1, 1, 1]);
    const [mail] = mails[0] ?? [];
    expect(mail?.subject).toBe("Uitnodiging: Samenwerkingsscan voor ‘Zorgnetwerk Noord’");
    expect(mail?.text).toContain(`namens ${partner.name}`);
    expect(mail?.text).toMatch(/ongeveer \d+ minuten/);
    expect(mail?.text).toContain("minstens 3 mensen");
    expect(mail?.text).toContain(`${BASE}/afmelden/`);
    expect(mail?.html).toContain(`href="${BASE}/r/`);
    // Three different links, each opening a questionnaire that takes answers.
    const tokens = mails.map((list) => personalTokenIn(list[0]));
    expect(new Set(tokens).size).toBe(3);
    await answerAndSubmit(tokens[0] ?? "");
    const overview = await listInvitees(managementToken, "latest");
    expect(overview.invitees.map((entry) => [entry.email, entry.hasSubmitted, entry.invitedAt !== null])).toEqual([
      ["anne@example.org", true, true],
      ["bert@example.org", false, true],
      ["carla@example.org", false, true],
    ]);
    // The links sent by e-mail are listed with their addresses, not again among the personal links.
    expect((await getManagementView(managementToken)).personalLinks).toEqual([]);
  });

  it("writes to an English scan's invitees in English", async () => {
    await invitedScan({ locale: "en" });
    const [mail] = sink.to("anne@example.org");
    expect(mail?.subject).toBe("Invitation: Collaboration scan for ‘Zorgnetwerk Noord’");
    expect(mail?.text).toContain("?lang=en");
  });

  it("changes nothing and names the bad entries when one entry is not an address", async () => {
    const { managementToken, view } = await makeScan();
    const partnerId = view.partners[0]?.id ?? "";
    const attempt = inviteByEmail({ managementToken, partnerId, addresses: "anne@example.org\nbert@\nCarla" }, BASE);
    await expect(attempt).rejects.toThrow(EntriesError);
    await expect(attempt).rejects.toMatchObject({ messageKey: "addressesInvalid", entries: ["bert@", "Carla"] });
    expect(sink.received).toHaveLength(0);
    expect((await listInvitees(managementToken, "latest")).invitees).toHaveLength(0);
  });

  it("mails an address once, however often it is pasted", async () => {
    const { managementToken, partner } = await invitedScan();
    sink.clear();
    const again = await inviteByEmail(
      { managementToken, partnerId: partner.id, addresses: "Anne@Example.org; dirk@example.org, dirk@example.org" },
      BASE,
    );
    expect(again).toEqual({ sent: 1, failed: 0, alreadyInvited: 1 });
    expect(sink.received.map((mail) => mail.to)).toEqual([["dirk@example.org"]]);
  });

  it("records a delivery the mail server refuses, with its reason", async () => {
    sink.refuse("carla@example.org");
    const { managementToken, result } = await invitedScan();
    expect(result).toEqual({ sent: 2, failed: 1, alreadyInvited: 0 });
    const carla = (await listInvitees(managementToken, "latest")).invitees.find(
      (entry) => entry.email === "carla@example.org",
    );
    expect(carla?.failureReason).toMatch(/^550/);
    expect(carla?.invitedAt).toBeNull();
  });
});

describe("who may invite", () => {
  it("refuses another collaboration's management link and a closed round, and sends nothing", async () => {
    const { partner } = await invitedScan();
    const other = await makeScan({ name: "Een andere samenwerking" });
    sink.clear();
    await expect(
      inviteByEmail(
        { managementToken: other.managementToken, partnerId: partner.id, addresses: "x@example.org" },
        BASE,
      ),
    ).rejects.toMatchObject({ messageKey: "notFound" });
    const closed = await makeScan({ name: "Gesloten ronde" });
    await db.scan.update({ where: { id: closed.scanId }, data: { closedAt: new Date() } });
    await expect(
      inviteByEmail(
        {
          managementToken: closed.managementToken,
          partnerId: closed.view.partners[0]?.id ?? "",
          addresses: "x@example.org",
        },
        BASE,
      ),
    ).rejects.toMatchObject({ messageKey: "scanClosed" });
    await expect(sendReminders({ managementToken: closed.managementToken, round: 1 }, BASE)).rejects.toMatchObject({
      messageKey: "scanClosed",
    });
    expect(sink.received).toHaveLength(0);
  });
});

describe("reminders", () => {
  it("go only to those who have not submitted, and not again within the interval", async () => {
    const { managementToken } = await invitedScan();
    await answerAndSubmit(personalTokenIn(sink.to("anne@example.org")[0]));
    const bertsInvitation = sink.to("bert@example.org")[0];
    sink.clear();
    const now = Date.now();
    const remind = (at: number) => sendReminders({ managementToken, round: 1 }, BASE, new Date(at));
    expect(await remind(now)).toEqual({ sent: 2, failed: 0, notDue: 0 });
    expect(sink.received.map((mail) => mail.to[0]).sort()).toEqual(["bert@example.org", "carla@example.org"]);
    expect(sink.received[0]?.subject).toBe("Herinnering: Samenwerkingsscan voor ‘Zorgnetwerk Noord’");
    // The reminder carries the same personal link as the invitation.
    expect(personalTokenIn(sink.to("bert@example.org")[0])).toBe(personalTokenIn(bertsInvitation));
    sink.clear();
    // Within the interval (7 days by default) pressing again sends nothing.
    expect(await remind(now + 1000)).toEqual({ sent: 0, failed: 0, notDue: 2 });
    expect(await remind(now + 7 * DAY_MS - 60_000)).toEqual({ sent: 0, failed: 0, notDue: 2 });
    expect(sink.received).toHaveLength(0);
    expect(await remind(now + 7 * DAY_MS)).toEqual({ sent: 2, failed: 0, notDue: 0 });
    // A shorter interval set by the manager counts from the last reminder.
    await setReminderInterval({ managementToken, round: 1, days: 2 });
    expect((await remind(now + 9 * DAY_MS - 60_000)).sent).toBe(0);
    expect((await remind(now + 9 * DAY_MS)).sent).toBe(2);
    const overview = await listInvitees(managementToken, "latest");
    expect(overview.invitees.map((entry) => entry.reminderCount)).toEqual([0, 3, 3]);
  });
});

describe("keeping addresses no longer than needed", () => {
  it("deletes the addresses once the round has been closed for the retention period, and keeps the answers", async () => {
    const { managementToken } = await invitedScan();
    await answerAndSubmit(personalTokenIn(sink.to("anne@example.org")[0]));
    const scan = await db.scan.findFirstOrThrow({
      where: { collaboration: { name: "Zorgnetwerk Noord" } },
      orderBy: { createdAt: "desc" },
    });
    const closedAt = new Date();
    await db.scan.update({ where: { id: scan.id }, data: { closedAt } });
    // Closed, but within the 90 days: the addresses stay.
    await purgeExpiredAddresses(new Date(closedAt.getTime() + 89 * DAY_MS));
    expect(await db.invitee.count({ where: { scanId: scan.id } })).toBe(3);
    await purgeExpiredAddresses(new Date(closedAt.getTime() + 90 * DAY_MS + 1000));
    expect(await db.invitee.count({ where: { scanId: scan.id } })).toBe(0);
    expect((await listInvitees(managementToken, "latest")).invitees).toEqual([]);
    expect(await db.respondent.count({ where: { scanId: scan.id, submittedAt: { not: null } } })).toBe(1);
  });

  it("removes a person's address at their request through the link in the mail, without signing in", async () => {
    const { managementToken } = await invitedScan();
    const removal = removalTokenIn(sink.to("bert@example.org")[0]);
    expect(await findRemovalRequest(removal)).toEqual({ scanName: "Zorgnetwerk Noord" });
    await removeAddress({ removalToken: removal });
    expect(await findRemovalRequest(removal)).toBeNull();
    // Asking again changes nothing and says nothing more.
    await removeAddress({ removalToken: removal });
    const addresses = (await listInvitees(managementToken, "latest")).invitees.map((entry) => entry.email);
    expect(addresses).toEqual(["anne@example.org", "carla@example.org"]);
    sink.clear();
    await sendReminders({ managementToken, round: 1 }, BASE, new Date(Date.now() + 8 * DAY_MS));
    expect(sink.received.map((mail) => mail.to[0]).sort()).toEqual(["anne@example.org", "carla@example.org"]);
  });
});
