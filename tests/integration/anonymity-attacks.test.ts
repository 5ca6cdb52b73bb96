import { describe, expect, it } from "vitest";
import type { Role } from "../../content";
import { answersFor } from "../../lib/instrument/profile-answers";
import { singledOut } from "../../lib/scoring/testing/attacker";
import { db } from "../../lib/server/db";
import { createDemoCopy, deleteExpiredDemoCopies } from "../../lib/server/demo/create-demo-scan";
import { enterViaInvitation } from "../../lib/server/respond/invitation";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { getOwnResults } from "../../lib/server/results/get-own-results";
import { getResults } from "../../lib/server/results/get-results";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { updatePartner } from "../../lib/server/scan/manage-partners";
import { createPersonalLink, revokePersonalLink } from "../../lib/server/scan/personal-links";
import { hashToken } from "../../lib/server/tokens";
import { makeRespondent, makeScan } from "../support/factories";

/**
 * The attacks of a curious manager, reproduced with the manager's own links
 * (issue 14): each used to reveal one person's answers, and must not now.
 */
async function submitAs(token: string, level: number, comment = "") {
  const answers = Object.entries(answersFor("quick", { level, position: level - 3 }, level)).map(([itemId, value]) => ({
    itemId,
    value,
  }));
  await saveResponses({ token, answers, comments: comment ? [{ lensId: "ambition", text: comment }] : [] });
  await submitResponse({ token });
}

async function enterAndSubmit(inviteToken: string, level: number, role: Role = "manager", comment = "") {
  const { token } = await makeRespondent(inviteToken, role);
  await submitAs(token, level, comment);
  return token;
}

describe("attacks on anonymity", () => {
  it("revoking links until one submission is left shows nobody's answers: a self-assessment is chosen, not inferred", async () => {
    const { managementToken, view } = await makeScan({ partners: ["Alpha", "Beta"] });
    const partnerId = view.partners[0]?.id ?? "";
    const tokens: string[] = [];
    for (const label of ["Een", "Twee", "Drie"]) {
      tokens.push(
        (await createPersonalLink({ managementToken, partnerId, label, role: null, isManager: false })).token,
      );
    }
    for (const [index, token] of tokens.entries()) await submitAs(token, index + 1, `Geheim ${index}`);
    // The manager revokes two links, hoping the third person's answers then show in full.
    const links = (await getManagementView(managementToken)).personalLinks;
    for (const link of links.slice(0, 2))
      await revokePersonalLink({ managementToken, respondentId: link.respondentId });

    const { diagnosis, comments } = await getResults(managementToken);
    expect(diagnosis.isSelfAssessment).toBe(false);
    // Revoking stops a link; it does not take back answers (which would show them by difference).
    expect(diagnosis.respondentCount).toBe(3);
    expect(Object.values(comments).flat().sort()).toEqual(["Geheim 0", "Geheim 1", "Geheim 2"]);

    // A group scan where only one person submitted shows nothing at all.
    const single = await makeScan({ partners: ["Alpha", "Beta"] });
    await enterAndSubmit(single.view.partners[0]?.inviteToken ?? "", 5, "manager", "Alleen ik");
    const results = await getResults(single.managementToken);
    expect(results.diagnosis.isSuppressed).toBe(true);
    expect(results.diagnosis.lenses.every((lens) => lens.score === null)).toBe(true);
    expect(results.comments).toEqual({});
    expect(String((await exportData(single.managementToken, "json", "nl")).body)).not.toContain("Alleen ik");
  });

  it("a partner's figure minus a role's figure does not give the one person outside that role", async () => {
    // Alpha: three executives and one manager; the executive column would be Alpha's three only.
    const { managementToken, view } = await makeScan({ partners: ["Alpha", "Beta", "Gamma"] });
    const [alpha, beta, gamma] = view.partners;
    const people: { partner: string; role: Role }[] = [];
    for (const role of ["executive", "executive", "executive", "manager"] as const) {
      await enterAndSubmit(alpha?.inviteToken ?? "", role === "manager" ? 1 : 5, role);
      people.push({ partner: alpha?.id ?? "", role });
    }
    for (const [partner, role] of [
      [beta, "manager"],
      [gamma, "operational"],
    ] as const) {
      for (const level of [2, 3, 4]) {
        await enterAndSubmit(partner?.inviteToken ?? "", level, role);
        people.push({ partner: partner?.id ?? "", role });
      }
    }
    const { diagnosis } = await getResults(managementToken);
    // Every group the results publish, as sets of people; the attacker knows who is in which.
    const groups: number[][] = [people.map((_, index) => index)];
    for (const partner of diagnosis.partners.filter((entry) => !entry.suppressed)) {
      groups.push(people.flatMap((person, index) => (person.partner === partner.id ? [index] : [])));
    }
    for (const role of diagnosis.roles) {
      groups.push(people.flatMap((person, index) => (person.role === role.id ? [index] : [])));
    }
    expect(singledOut(people.length, groups, () => true)).toEqual([]);
    expect(diagnosis.roles.map((role) => role.id)).not.toContain("executive");
    // The partner itself is shown: hiding it was never needed.
    expect(diagnosis.partners.find((partner) => partner.name === "Alpha")?.status).toBe("shown");
  });

  it("looking before and after one more submission shows the same figures; they change once enough new answers arrived", async () => {
    const { managementToken, view } = await makeScan({ partners: ["Alpha", "Beta", "Gamma"] });
    let own = "";
    for (const partner of view.partners) {
      for (const level of [2, 3, 4]) own = await enterAndSubmit(partner.inviteToken ?? "", level);
    }
    const before = await getResults(managementToken);
    const ownBefore = await getOwnResults(own);

    // One person of Alpha submits: the manager looks again, and so does a respondent.
    await enterAndSubmit(view.partners[0]?.inviteToken ?? "", 5, "manager", "Net ingevuld");
    const after = await getResults(managementToken);
    expect(after.diagnosis.lenses).toEqual(before.diagnosis.lenses);
    expect(after.diagnosis.partners.map((partner) => partner.lenses)).toEqual(
      before.diagnosis.partners.map((partner) => partner.lenses),
    );
    expect(after.diagnosis.statements.map((statement) => statement.distribution)).toEqual(
      before.diagnosis.statements.map((statement) => statement.distribution),
    );
    expect(after.comments).toEqual(before.comments);
    expect(await getOwnResults(own)).toEqual(ownBefore);
    expect(after.diagnosis.submittedCount - after.diagnosis.respondentCount).toBe(1);

    // Two more of Alpha: three new answers together, and the figures move on.
    for (const level of [5, 5]) await enterAndSubmit(view.partners[0]?.inviteToken ?? "", level);
    const later = await getResults(managementToken);
    expect(later.diagnosis.respondentCount).toBe(12);
    expect(later.diagnosis.release).toBe(2);
    expect(later.diagnosis.partners[0]?.lenses).not.toEqual(before.diagnosis.partners[0]?.lenses);
    expect(Object.values(later.comments).flat()).toContain("Net ingevuld");
  });

  it("an invitation link takes no more submissions than the number of people invited", async () => {
    const { managementToken, view } = await makeScan({ partners: ["Alpha", "Beta"], invitedCounts: [3, 3] });
    const alpha = view.partners[0];
    // Someone started before the last place was taken, and submits after.
    const early = await makeRespondent(alpha?.inviteToken ?? "");
    for (const level of [2, 3, 4]) await enterAndSubmit(alpha?.inviteToken ?? "", level);
    await expect(enterViaInvitation({ inviteToken: alpha?.inviteToken ?? "", role: "manager" })).rejects.toMatchObject({
      messageKey: "invitationFull",
    });
    await saveResponses({ token: early.token, answers: [{ itemId: "ambition.shared-goal", value: 1 }], comments: [] });
    await expect(submitResponse({ token: early.token })).rejects.toMatchObject({ messageKey: "invitationFull" });
    // Nothing of the refused person counts; their saved answer is kept for when the manager makes room.
    const stored = await db.respondent.findUniqueOrThrow({ where: { tokenHash: hashToken(early.token) } });
    expect(stored.submittedAt).toBeNull();
    await updatePartner({ managementToken, partnerId: alpha?.id ?? "", name: "Alpha", invitedCount: 4 });
    await submitResponse({ token: early.token });
    expect((await getManagementView(managementToken)).partners[0]?.progress.submitted).toBe(4);
    // The number cannot go below those who already submitted.
    await expect(
      updatePartner({ managementToken, partnerId: alpha?.id ?? "", name: "Alpha", invitedCount: 2 }),
    ).rejects.toMatchObject({ messageKey: "invitedBelowSubmitted" });
  });

  it("every visitor of the demo gets a copy of their own, and old copies are cleared", async () => {
    const first = await createDemoCopy(db);
    const second = await createDemoCopy(db);
    expect(first).not.toBe(second);
    const firstView = await getManagementView(first);
    await updatePartner({
      managementToken: first,
      partnerId: firstView.partners[0]?.id ?? "",
      name: "Phishing & Co",
      invitedCount: 10,
    });
    expect((await getManagementView(second)).partners[0]?.name).toBe("Gemeente Rivierstad");
    const tomorrow = new Date(Date.now() + 25 * 3600_000);
    expect(await deleteExpiredDemoCopies(db, tomorrow)).toBeGreaterThanOrEqual(2);
    await expect(getManagementView(first)).rejects.toMatchObject({ messageKey: "notFound" });
  });
});
