import { beforeEach, describe, expect, it, vi } from "vitest";
import { claimCollaboration } from "../../lib/server/account/claim";
import { shareCollaboration } from "../../lib/server/account/sharing";
import { db } from "../../lib/server/db";
import { enterViaInvitation } from "../../lib/server/respond/invitation";
import { getQuestionnaireState } from "../../lib/server/respond/questionnaire";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { addPartner, renewInviteLink } from "../../lib/server/scan/manage-partners";
import { hashToken, inviteToken, personalToken } from "../../lib/server/tokens";
import { asBrowser, signUpAs } from "../support/accounts";
import { makeScan } from "../support/factories";
import { newRequest } from "../support/request-context";

vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../support/request-context")).nextIntlServer);

/**
 * A scan as it was before rounds had a link secret: its invitation and
 * personal links derived from the management token, which the database only
 * knows hashed.
 */
async function scanFromBeforeLinkSecrets() {
  const { managementToken, scanId, view } = await makeScan({ name: "Oude scan" });
  await db.scan.update({ where: { id: scanId }, data: { linkSecret: null } });
  const inviteTokens: string[] = [];
  for (const partner of view.partners) {
    const token = inviteToken(managementToken, partner.id, 0);
    inviteTokens.push(token);
    await db.partner.update({ where: { id: partner.id }, data: { inviteTokenHash: hashToken(token) } });
  }
  const personal = await db.respondent.create({
    data: {
      scanId,
      partnerId: view.partners[0]?.id ?? "",
      isPersonalLink: true,
      label: "Voorzitter",
      tokenHash: "placeholder",
    },
  });
  const personalLink = personalToken(managementToken, personal.id, 0);
  await db.respondent.update({ where: { id: personal.id }, data: { tokenHash: hashToken(personalLink) } });
  return { managementToken, scanId, inviteTokens, personalLink };
}

beforeEach(() => newRequest());

describe("the per-scan link secret", () => {
  it("gives every new round a secret of its own, so a member shows the same links as the management link", async () => {
    const { managementToken, scanId } = await makeScan();
    const round = await db.scan.findUniqueOrThrow({ where: { id: scanId } });
    expect(round.linkSecret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(round.linkSecret).not.toBe(managementToken);
    const viaLink = await getManagementView(managementToken);
    for (const partner of viaLink.partners) {
      expect(partner.inviteToken).toBe(inviteToken(round.linkSecret ?? "", partner.id, 0));
    }
  });

  it("keeps the links of a scan from before link secrets working, and lets members show them once its link was used", async () => {
    const old = await scanFromBeforeLinkSecrets();
    // Before anyone opens the management page again, the old links open as they always did.
    expect((await enterViaInvitation({ inviteToken: old.inviteTokens[0] ?? "", role: "manager" })).scanId).toBe(
      old.scanId,
    );
    expect((await getQuestionnaireState(old.personalLink)).scanName).toBe("Oude scan");

    // Claiming uses the management link: the round gets its secret, and the links given out are kept.
    await signUpAs("eigenaar");
    const { collaborationId } = await claimCollaboration({ managementLink: old.managementToken });
    const round = await db.scan.findUniqueOrThrow({ where: { id: old.scanId } });
    expect(round.linkSecret).not.toBeNull();
    const viaAccount = await getManagementView(collaborationId);
    expect(viaAccount.canShowLinks).toBe(true);
    expect(viaAccount.partners.map((partner) => partner.inviteToken)).toEqual(old.inviteTokens);
    expect(viaAccount.personalLinks.map((link) => link.token)).toEqual([old.personalLink]);
    expect((await getManagementView(old.managementToken)).partners.map((partner) => partner.inviteToken)).toEqual(
      old.inviteTokens,
    );

    // The same old links still open.
    expect((await enterViaInvitation({ inviteToken: old.inviteTokens[1] ?? "", role: "manager" })).scanId).toBe(
      old.scanId,
    );
    expect((await getQuestionnaireState(old.personalLink)).scanName).toBe("Oude scan");

    // Renewed by a member, a link derives from the round's secret and the old one stops.
    const partnerId = viaAccount.partners[0]?.id ?? "";
    await renewInviteLink({ managementToken: collaborationId, partnerId });
    const renewed = (await getManagementView(collaborationId)).partners[0]?.inviteToken ?? "";
    expect(renewed).toBe(inviteToken(round.linkSecret ?? "", partnerId, 1));
    await expect(enterViaInvitation({ inviteToken: old.inviteTokens[0] ?? "", role: "manager" })).rejects.toThrow();
    expect((await enterViaInvitation({ inviteToken: renewed, role: "manager" })).scanId).toBe(old.scanId);

    // A partner a member adds gets a working link too.
    await addPartner({ managementToken: collaborationId, round: 1, name: "Nieuwkomer", invitedCount: 5 });
    const added = (await getManagementView(collaborationId)).partners.find((p) => p.name === "Nieuwkomer");
    expect((await enterViaInvitation({ inviteToken: added?.inviteToken ?? "", role: "manager" })).scanId).toBe(
      old.scanId,
    );
  });

  it("shows an editor of a scan from before link secrets no links until the management link is used again", async () => {
    const old = await scanFromBeforeLinkSecrets();
    const editor = await signUpAs("bewerker");
    const owner = await signUpAs("eigenaar");
    // Made a member directly, as sharing from an account (without the link) would.
    const { collaborationId } = await db.scan.findUniqueOrThrow({ where: { id: old.scanId } });
    await db.membership.create({ data: { collaborationId, userId: owner.id, role: "owner" } });
    await shareCollaboration({ managementToken: collaborationId, email: editor.email, role: "editor" });
    asBrowser(editor.cookie);
    const before = await getManagementView(collaborationId);
    expect(before.canShowLinks).toBe(false);
    await expect(
      renewInviteLink({ managementToken: collaborationId, partnerId: before.partners[0]?.id ?? "" }),
    ).rejects.toMatchObject({ messageKey: "otherManagementLink" });

    await getManagementView(old.managementToken);
    expect((await getManagementView(collaborationId)).partners.map((partner) => partner.inviteToken)).toEqual(
      old.inviteTokens,
    );
  });
});
