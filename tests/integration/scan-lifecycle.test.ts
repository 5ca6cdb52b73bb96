import { describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import { DomainError, NotFoundError } from "../../lib/server/errors";
import { getInvitation } from "../../lib/server/respond/invitation";
import { getQuestionnaireState } from "../../lib/server/respond/questionnaire";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { deleteScan } from "../../lib/server/scan/delete-scan";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { addPartner, removePartner, renewInviteLink, updatePartner } from "../../lib/server/scan/manage-partners";
import { createPersonalLink, revokePersonalLink } from "../../lib/server/scan/personal-links";
import { setScanClosed } from "../../lib/server/scan/set-scan-closed";
import { hashToken } from "../../lib/server/tokens";
import { makeRespondent, makeScan } from "../support/factories";

const noCookie = () => null;

describe("a scan from creation to submitted responses", () => {
  it("creates partners with working invitation links and stores only token hashes", async () => {
    const { managementToken, scanId, view } = await makeScan();
    expect(view.partners.map((partner) => partner.name)).toEqual(["Gemeente", "Zorgaanbieder", "Corporatie"]);
    const scan = await db.scan.findUniqueOrThrow({ where: { id: scanId }, include: { collaboration: true } });
    expect(scan.collaboration.managementTokenHash).toBe(hashToken(managementToken));
    expect(scan.roundNumber).toBe(1);
    expect(JSON.stringify(scan)).not.toContain(managementToken);
    for (const partner of view.partners) {
      expect(partner.inviteToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const invitation = await getInvitation(partner.inviteToken ?? "", noCookie);
      expect(invitation.partnerName).toBe(partner.name);
      const row = await db.partner.findUniqueOrThrow({ where: { id: partner.id } });
      expect(row.inviteTokenHash).toBe(hashToken(partner.inviteToken ?? ""));
    }
  });

  it("counts respondents as started and submitted, per partner and per role", async () => {
    const { managementToken, view } = await makeScan();
    const gemeente = view.partners[0]?.inviteToken ?? "";
    const first = await makeRespondent(gemeente, "executive");
    const second = await makeRespondent(gemeente, "operational");
    await saveResponses({ token: first.token, answers: [{ itemId: "ambition.shared-goal", value: 4 }], comments: [] });
    await saveResponses({ token: second.token, answers: [{ itemId: "ambition.shared-goal", value: 2 }], comments: [] });
    await submitResponse({ token: second.token });
    const after = await getManagementView(managementToken);
    expect(after.total).toEqual({ invited: 0, started: 1, submitted: 1 });
    expect(after.partners[0]?.progress).toEqual({ invited: 0, started: 1, submitted: 1 });
    expect(after.roles).toEqual(
      expect.arrayContaining([
        { role: "executive", progress: { invited: 0, started: 1, submitted: 0 } },
        { role: "operational", progress: { invited: 0, started: 0, submitted: 1 } },
      ]),
    );
  });

  it("keeps answers and comments, and refuses changes after submitting", async () => {
    const { view } = await makeScan();
    const { token } = await makeRespondent(view.partners[1]?.inviteToken ?? "");
    await saveResponses({
      token,
      answers: [
        { itemId: "people.agreements-trusted", value: 5 },
        { itemId: "paradox.open-vs-closed.current", value: -2 },
      ],
      comments: [{ lensId: "people", text: "  Goede sfeer aan tafel.  " }],
    });
    const state = await getQuestionnaireState(token);
    expect(state.answers).toEqual({ "people.agreements-trusted": 5, "paradox.open-vs-closed.current": -2 });
    expect(state.comments).toEqual({ people: "Goede sfeer aan tafel." });
    await submitResponse({ token });
    await expect(
      saveResponses({ token, answers: [{ itemId: "people.agreements-trusted", value: 1 }], comments: [] }),
    ).rejects.toThrow(DomainError);
    expect((await getQuestionnaireState(token)).answers["people.agreements-trusted"]).toBe(5);
  });

  it("stops new respondents and answers while closed, and lets them in again when reopened", async () => {
    const { managementToken, view } = await makeScan();
    const invite = view.partners[0]?.inviteToken ?? "";
    const { token } = await makeRespondent(invite);
    await setScanClosed({ managementToken, round: 1, isClosed: true });
    expect((await getInvitation(invite, noCookie)).isClosed).toBe(true);
    await expect(makeRespondent(invite)).rejects.toMatchObject({ messageKey: "scanClosed" });
    await expect(
      saveResponses({ token, answers: [{ itemId: "ambition.shared-goal", value: 3 }], comments: [] }),
    ).rejects.toMatchObject({
      messageKey: "scanClosed",
    });
    await setScanClosed({ managementToken, round: 1, isClosed: false });
    await saveResponses({ token, answers: [{ itemId: "ambition.shared-goal", value: 3 }], comments: [] });
    expect((await getQuestionnaireState(token)).answers).toEqual({ "ambition.shared-goal": 3 });
  });

  it("treats a scan past its closing date as closed", async () => {
    const { scanId, view } = await makeScan();
    await db.scan.update({ where: { id: scanId }, data: { closesAt: new Date(Date.now() - 1000) } });
    await expect(makeRespondent(view.partners[0]?.inviteToken ?? "")).rejects.toMatchObject({
      messageKey: "scanClosed",
    });
  });

  it("replaces an invitation link: the old one stops working, respondents who started carry on", async () => {
    const { managementToken, view } = await makeScan();
    const partner = view.partners[0];
    const oldInvite = partner?.inviteToken ?? "";
    const { token } = await makeRespondent(oldInvite);
    await renewInviteLink({ managementToken, partnerId: partner?.id ?? "" });
    await expect(getInvitation(oldInvite, noCookie)).rejects.toThrow(NotFoundError);
    const renewed = (await getManagementView(managementToken)).partners[0]?.inviteToken ?? "";
    expect(renewed).not.toBe(oldInvite);
    expect((await getInvitation(renewed, noCookie)).partnerName).toBe("Gemeente");
    await saveResponses({ token, answers: [{ itemId: "ambition.shared-goal", value: 4 }], comments: [] });
  });

  it("makes personal links the manager can show again, and revokes them without losing answers", async () => {
    const { managementToken, view } = await makeScan();
    const { token } = await createPersonalLink({
      managementToken,
      partnerId: view.partners[2]?.id ?? "",
      label: "Directeur",
      role: null,
      isManager: false,
    });
    const listed = (await getManagementView(managementToken)).personalLinks;
    expect(listed).toEqual([
      expect.objectContaining({ label: "Directeur", token, status: "invited", isRevoked: false }),
    ]);
    await saveResponses({
      token,
      answers: [{ itemId: "process.visible-results", value: 4 }],
      comments: [],
      role: "executive",
    });
    const respondentId = listed[0]?.respondentId ?? "";
    await revokePersonalLink({ managementToken, respondentId });
    await expect(getQuestionnaireState(token)).rejects.toThrow(NotFoundError);
    const stored = await db.answer.findMany({ where: { respondentId } });
    expect(stored.map((answer) => answer.value)).toEqual([4]);
    expect((await db.respondent.findUniqueOrThrow({ where: { id: respondentId } })).role).toBe("executive");
  });

  it("edits partners but never removes one with respondents", async () => {
    const { managementToken, view } = await makeScan();
    await makeRespondent(view.partners[0]?.inviteToken ?? "");
    await expect(removePartner({ managementToken, partnerId: view.partners[0]?.id ?? "" })).rejects.toMatchObject({
      messageKey: "partnerHasRespondents",
    });
    await expect(addPartner({ managementToken, round: 1, name: "gemeente", invitedCount: 4 })).rejects.toMatchObject({
      messageKey: "duplicatePartner",
    });
    await expect(addPartner({ managementToken, round: 1, name: "Welzijn", invitedCount: null })).rejects.toMatchObject({
      messageKey: "invitedRequired",
    });
    await addPartner({ managementToken, round: 1, name: "Welzijn", invitedCount: 4 });
    await updatePartner({ managementToken, partnerId: view.partners[1]?.id ?? "", name: "Zorggroep", invitedCount: 6 });
    await removePartner({ managementToken, partnerId: view.partners[2]?.id ?? "" });
    const partners = (await getManagementView(managementToken)).partners;
    expect(partners.map((partner) => [partner.name, partner.invitedCount])).toEqual([
      ["Gemeente", 20],
      ["Zorggroep", 6],
      ["Welzijn", 4],
    ]);
  });

  it("deletes the scan with all its data only after the name is typed", async () => {
    const { managementToken, scanId, view } = await makeScan({ name: "Weg ermee" });
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    await saveResponses({
      token,
      answers: [{ itemId: "ambition.shared-goal", value: 4 }],
      comments: [{ lensId: "ambition", text: "x" }],
    });
    await expect(deleteScan({ managementToken, confirmation: "weg" })).rejects.toMatchObject({
      messageKey: "confirmationMismatch",
    });
    await deleteScan({ managementToken, confirmation: "Weg ermee" });
    expect(await db.scan.count({ where: { id: scanId } })).toBe(0);
    expect(await db.partner.count({ where: { scanId } })).toBe(0);
    expect(await db.respondent.count({ where: { scanId } })).toBe(0);
    await expect(getManagementView(managementToken)).rejects.toThrow(NotFoundError);
    await expect(getQuestionnaireState(token)).rejects.toThrow(NotFoundError);
  });

  it("offers the respondent this browser remembered for the scan, and ignores one of another scan", async () => {
    const first = await makeScan();
    const second = await makeScan();
    const invite = first.view.partners[0]?.inviteToken ?? "";
    const { token } = await makeRespondent(invite);
    const { token: foreign } = await makeRespondent(second.view.partners[0]?.inviteToken ?? "");
    expect((await getInvitation(invite, () => token)).resumeToken).toBe(token);
    expect((await getInvitation(invite, () => foreign)).resumeToken).toBeNull();
    expect((await getInvitation(invite, () => "not a token")).resumeToken).toBeNull();
  });
});
