import { beforeEach, describe, expect, it, vi } from "vitest";
import { claimCollaboration, ZClaimInput } from "../../lib/server/account/claim";
import { listMyScans } from "../../lib/server/account/my-scans";
import { listMembers, removeMember, shareCollaboration, ZShareInput } from "../../lib/server/account/sharing";
import { type ErrorTranslator, runAction } from "../../lib/server/action";
import { requestPasswordReset } from "../../lib/server/auth/password-reset";
import { currentUser } from "../../lib/server/auth/session";
import { signIn, signOut, ZSignInInput } from "../../lib/server/auth/sign-in";
import { requestSignInLink, ZRequestLinkInput } from "../../lib/server/auth/sign-in-link";
import { signUp, ZSignUpInput } from "../../lib/server/auth/sign-up";
import { db } from "../../lib/server/db";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { updatePartner } from "../../lib/server/scan/manage-partners";
import { sendCookies, signInAs, signUpAs, TEST_PASSWORD } from "../support/accounts";
import { makeRespondent, makeScan } from "../support/factories";
import { newRequest } from "../support/request-context";
import { errorTranslator } from "../support/translator";

vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../support/request-context")).nextIntlServer);
vi.mock("next/cache", async () => (await import("../support/request-context")).nextCache);

const t: ErrorTranslator = errorTranslator("nl");
beforeEach(() => newRequest());

describe("accounts", () => {
  it("signs up, is signed in, signs out, and signs in again only with the right password", async () => {
    const { email } = await signUpAs("Anna");
    expect((await currentUser())?.email).toBe(email);

    await signOut();
    sendCookies();
    expect(await currentUser()).toBeNull();

    const wrong = await runAction(
      { name: "signIn", schema: ZSignInInput, handler: signIn, rateLimit: null },
      { email, password: "niet het wachtwoord" },
      t,
    );
    expect(wrong).toMatchObject({ ok: false, code: "wrongCredentials" });
    const unknown = await runAction(
      { name: "signIn", schema: ZSignInInput, handler: signIn, rateLimit: null },
      { email: `nobody.${Date.now()}@example.org`, password: TEST_PASSWORD },
      t,
    );
    expect(unknown).toMatchObject({ ok: false, code: "wrongCredentials" });

    await signInAs(email.toUpperCase());
    expect((await currentUser())?.email).toBe(email);
  });

  it("without SMTP settings offers no sign-in link and no reset by e-mail", async () => {
    const { email } = await signUpAs("Zonder");
    newRequest();
    for (const handler of [requestSignInLink, requestPasswordReset]) {
      const result = await runAction(
        { name: "link", schema: ZRequestLinkInput, handler, rateLimit: null },
        { email },
        t,
      );
      expect(result).toMatchObject({ ok: false, code: "mailNotConfigured" });
    }
  });

  it("refuses a second account for the same address, a short password and a malformed address", async () => {
    const { email } = await signUpAs("Bram");
    newRequest();
    const signUpAction = { name: "signUp", schema: ZSignUpInput, handler: signUp, rateLimit: null };
    expect(await runAction(signUpAction, { name: "Ander", email, password: TEST_PASSWORD }, t)).toMatchObject({
      ok: false,
      code: "emailTaken",
    });
    const short = await runAction(signUpAction, { name: "K", email: "k@example.org", password: "kort" }, t);
    expect(short).toMatchObject({
      ok: false,
      fieldErrors: { password: ["Kies een wachtwoord van 10 tot 128 tekens."] },
    });
    const malformed = await runAction(signUpAction, { name: "M", email: "geen adres", password: TEST_PASSWORD }, t);
    expect(malformed).toMatchObject({ ok: false, fieldErrors: { email: ["Dit is geen geldig e-mailadres."] } });
    expect(await db.user.count({ where: { email: { in: ["k@example.org", "geen adres"] } } })).toBe(0);
  });

  it("puts a scan created while signed in into Mijn scans, with the response per partner and what needs attention", async () => {
    const owner = await signUpAs("Carla");
    const { scanId, view } = await makeScan({ name: "Zorgnetwerk Oost" }, owner.id);
    await makeRespondent(view.partners[0]?.inviteToken ?? null);
    await db.respondent.updateMany({ where: { scanId }, data: { submittedAt: new Date() } });

    const scans = await listMyScans();
    expect(scans.map((scan) => scan.name)).toEqual(["Zorgnetwerk Oost"]);
    const [scan] = scans;
    expect(scan?.role).toBe("owner");
    expect(scan?.partners).toEqual([
      { name: "Gemeente", submitted: 1, invited: 20 },
      { name: "Zorgaanbieder", submitted: 0, invited: 20 },
      { name: "Corporatie", submitted: 0, invited: 20 },
    ]);
    expect(scan?.attention.filter((item) => item.kind === "below-threshold")).toHaveLength(3);

    // Someone else's Mijn scans does not show it.
    await signUpAs("Dirk");
    expect(await listMyScans()).toEqual([]);
  });
});

describe("sharing with roles", () => {
  async function sharedScan() {
    const owner = await signUpAs("Eva");
    const viewer = await signUpAs("Frits");
    const editor = await signUpAs("Gijs");
    const stranger = await signUpAs("Hanna");
    await signInAs(owner.email);
    const scan = await makeScan({ name: "Gedeelde scan" }, owner.id);
    const key = (await db.scan.findUniqueOrThrow({ where: { id: scan.scanId } })).collaborationId;
    await shareCollaboration({ managementToken: key, email: viewer.email, role: "viewer" });
    await shareCollaboration({ managementToken: scan.managementToken, email: editor.email, role: "editor" });
    return { owner, viewer, editor, stranger, key, ...scan };
  }

  it("lets a viewer see the collaboration but change nothing, and an editor change it", async () => {
    const { viewer, editor, key, view, managementToken } = await sharedScan();
    const partnerId = view.partners[0]?.id ?? "";

    await signInAs(viewer.email);
    const seen = await getManagementView(key);
    expect(seen.name).toBe("Gedeelde scan");
    expect(seen.role).toBe("viewer");
    expect(seen.canShowLinks).toBe(false);
    expect(seen.partners.every((partner) => partner.inviteToken === null)).toBe(true);
    expect((await listMyScans()).map((scan) => scan.role)).toEqual(["viewer"]);

    const before = await getManagementView(managementToken);
    await signInAs(viewer.email);
    const refused = await runAction(
      {
        name: "rename",
        schema: (await import("../../lib/server/scan/manage-partners")).ZUpdatePartnerInput,
        handler: updatePartner,
        rateLimit: null,
      },
      { managementToken: key, partnerId, name: "Gekaapt", invitedCount: 9 },
      t,
    );
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getManagementView(managementToken)).toEqual(before);

    await signInAs(editor.email);
    const edited = await getManagementView(key);
    expect(edited.role).toBe("editor");
    // The editor shows the same invitation links as the management link does: they derive from the round's secret.
    expect(edited.partners.map((partner) => partner.inviteToken)).toEqual(
      before.partners.map((partner) => partner.inviteToken),
    );
    await updatePartner({ managementToken: key, partnerId, name: "Gemeente Oost", invitedCount: 9 });
    expect((await getManagementView(managementToken)).partners[0]?.name).toBe("Gemeente Oost");
    // An editor may not share.
    const share = await runAction(
      { name: "share", schema: ZShareInput, handler: shareCollaboration, rateLimit: null },
      { managementToken: key, email: viewer.email, role: "owner" },
      t,
    );
    expect(share).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("does not open a collaboration for someone it is not shared with, nor for nobody signed in", async () => {
    const { stranger, key } = await sharedScan();
    await signInAs(stranger.email);
    await expect(getManagementView(key)).rejects.toMatchObject({ messageKey: "notFound" });
    newRequest();
    await expect(getManagementView(key)).rejects.toMatchObject({ messageKey: "notFound" });
  });

  it("takes access away at once, and keeps the last owner", async () => {
    const { owner, viewer, key } = await sharedScan();
    await signInAs(owner.email);
    await removeMember({ managementToken: key, userId: viewer.id });
    expect((await listMembers(key)).members.map((member) => member.email)).not.toContain(viewer.email);
    await expect(removeMember({ managementToken: key, userId: owner.id })).rejects.toMatchObject({
      messageKey: "lastOwner",
    });

    await signInAs(viewer.email);
    await expect(getManagementView(key)).rejects.toMatchObject({ messageKey: "notFound" });
    expect(await listMyScans()).toEqual([]);
  });

  it("shares only with an existing account", async () => {
    const { owner, key } = await sharedScan();
    await signInAs(owner.email);
    const result = await runAction(
      { name: "share", schema: ZShareInput, handler: shareCollaboration, rateLimit: null },
      { managementToken: key, email: "nog.geen.account@example.org", role: "viewer" },
      t,
    );
    expect(result).toMatchObject({ ok: false, code: "noSuchAccount" });
  });
});

describe("claiming a management link", () => {
  it("puts a scan made without an account into Mijn scans as its owner; the link keeps working", async () => {
    const { managementToken, view } = await makeScan({ name: "Zonder account" });
    const person = await signUpAs("Ilse");
    const result = await runAction(
      { name: "claim", schema: ZClaimInput, handler: claimCollaboration, rateLimit: null },
      { managementLink: `https://scan.example.org/beheer/${managementToken}/ronde/1` },
      t,
    );
    expect(result.ok).toBe(true);
    const [mine] = await listMyScans();
    expect(mine).toMatchObject({ name: "Zonder account", role: "owner" });

    const viaAccount = await getManagementView(mine?.collaborationId ?? "");
    expect(viaAccount.partners.map((partner) => partner.inviteToken)).toEqual(
      view.partners.map((partner) => partner.inviteToken),
    );
    newRequest();
    expect((await getManagementView(managementToken)).name).toBe("Zonder account");
    expect(person.email).toContain("@");
  });

  it("refuses what is not a management link, and an unknown one, without adding anything", async () => {
    await signUpAs("Joost");
    const claim = (managementLink: string) =>
      runAction(
        { name: "claim", schema: ZClaimInput, handler: claimCollaboration, rateLimit: null },
        { managementLink },
        t,
      );
    expect(await claim("https://example.org/niets")).toMatchObject({
      ok: false,
      fieldErrors: { managementLink: [expect.stringContaining("geen beheerlink")] },
    });
    expect(await claim("AAAAAAAAAAAAAAAAAAAAAA")).toMatchObject({ ok: false, code: "notFound" });
    expect(await listMyScans()).toEqual([]);
  });
});
