import { describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { createNextRound } from "../../lib/server/collaboration/create-next-round";
import { setNextRoundDue, ZSetNextRoundDueInput } from "../../lib/server/collaboration/set-next-round-due";
import { db } from "../../lib/server/db";
import { getInvitation } from "../../lib/server/respond/invitation";
import { saveResponses } from "../../lib/server/respond/save-responses";
import { submitResponse } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { getResults } from "../../lib/server/results/get-results";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { setScanClosed } from "../../lib/server/scan/set-scan-closed";
import { makeRespondent, makeScan, nextRoundInput } from "../support/factories";
import { errorTranslator } from "../support/translator";

const noCookie = () => null;

async function answerAll(inviteToken: string | null, level: number, count = 3): Promise<void> {
  for (let person = 0; person < count; person++) {
    const { token } = await makeRespondent(inviteToken);
    await saveResponses({ token, answers: [{ itemId: "ambition.shared-goal", value: level }], comments: [] });
    await submitResponse({ token });
  }
}

describe("rounds of one collaboration", () => {
  it("starts the next round under the same management link: partners carry over, one joins, one leaves, each gets a new invitation link", async () => {
    const { managementToken, view: first } = await makeScan();
    await answerAll(first.partners[0]?.inviteToken ?? null, 2);
    await createNextRound(
      nextRoundInput(managementToken, { partners: ["gemeente", "Corporatie", "Welzijn"], invitedCounts: [5, 6, 7] }),
    );

    const second = await getManagementView(managementToken);
    expect(second.round).toBe(2);
    expect(second.name).toBe("Testsamenwerking");
    expect(second.rounds.map((round) => [round.number, round.isClosed, round.submitted])).toEqual([
      [1, true, 3],
      [2, false, 0],
    ]);
    expect(second.partners.map((partner) => [partner.name, partner.isCarriedOver, partner.invitedCount])).toEqual([
      ["gemeente", true, 5],
      ["Corporatie", true, 6],
      ["Welzijn", false, 7],
    ]);
    // Round 1 is unchanged and still shows its own partners, links and answers.
    const again = await getManagementView(managementToken, 1);
    expect(again.partners.map((partner) => partner.inviteToken)).toEqual(first.partners.map((p) => p.inviteToken));
    expect(again.total.submitted).toBe(3);
    // Each round's links are its own: round 1's are closed now, round 2's take new people.
    const oldLink = await getInvitation(first.partners[0]?.inviteToken ?? "", noCookie);
    expect(oldLink.isClosed).toBe(true);
    expect(oldLink.round).toBe(1);
    const newLink = await getInvitation(second.partners[0]?.inviteToken ?? "", noCookie);
    expect(newLink).toMatchObject({ isClosed: false, round: 2, partnerName: "gemeente" });
    expect(second.partners.map((partner) => partner.inviteToken)).not.toContain(first.partners[0]?.inviteToken);
    const entered = await makeRespondent(second.partners[0]?.inviteToken ?? null);
    const row = await db.respondent.findFirstOrThrow({
      where: {
        scan: { collaborationId: (await db.scan.findFirstOrThrow({ where: { id: second.id } })).collaborationId },
      },
      orderBy: { createdAt: "desc" },
      include: { scan: true },
    });
    expect(row.scan.roundNumber).toBe(2);
    expect(entered.scanId).toBe(second.id);
  });

  it("starts no second round when the same form is sent twice", async () => {
    const { managementToken } = await makeScan();
    await createNextRound(nextRoundInput(managementToken));
    await expect(createNextRound(nextRoundInput(managementToken))).rejects.toMatchObject({
      messageKey: "roundJustStarted",
    });
    const twice = await Promise.allSettled([
      createNextRound(nextRoundInput(managementToken, { afterRound: 2 })),
      createNextRound(nextRoundInput(managementToken, { afterRound: 2 })),
    ]);
    expect(twice.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((await getManagementView(managementToken)).rounds.map((round) => round.number)).toEqual([1, 2, 3]);
  });

  it("needs the number invited per partner, except in a self-assessment, and changes nothing without it", async () => {
    const { managementToken } = await makeScan();
    await expect(
      createNextRound(nextRoundInput(managementToken, { invitedCounts: [20, null, 20] })),
    ).rejects.toMatchObject({
      messageKey: "invitedRequired",
    });
    expect((await getManagementView(managementToken)).rounds).toHaveLength(1);
    const self = await makeScan({ reportingMode: "self", invitedCounts: [] });
    await createNextRound(nextRoundInput(self.managementToken, { invitedCounts: [] }));
    const view = await getManagementView(self.managementToken);
    expect(view.reportingMode).toBe("self");
    expect(view.partners.every((partner) => partner.invitedCount === null)).toBe(true);
  });

  it("reopens only the newest round, so one round takes answers at a time", async () => {
    const { managementToken } = await makeScan();
    await createNextRound(nextRoundInput(managementToken));
    await expect(setScanClosed({ managementToken, round: 1, isClosed: false })).rejects.toMatchObject({
      messageKey: "onlyLatestRoundReopens",
    });
    expect((await getManagementView(managementToken, 1)).isClosed).toBe(true);
    await setScanClosed({ managementToken, round: 2, isClosed: true });
    await setScanClosed({ managementToken, round: 2, isClosed: false });
    expect((await getManagementView(managementToken)).isClosed).toBe(false);
    await expect(getManagementView(managementToken, 3)).rejects.toMatchObject({ messageKey: "notFound" });
  });

  it("keeps the rhythm: the planned date shows, turns overdue once passed, and the next round clears it", async () => {
    const { managementToken } = await makeScan();
    const t = errorTranslator("nl");
    const plan = (dueOn: unknown) =>
      runAction(
        { name: "plan", schema: ZSetNextRoundDueInput, handler: setNextRoundDue, rateLimit: null },
        { managementToken, dueOn },
        t,
      );
    expect(await plan("2020-01-01")).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["Kies een datum in de toekomst."] },
    });
    expect(await plan("2030-02-30")).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["Dit is geen geldige datum."] },
    });
    expect((await getManagementView(managementToken)).nextRoundDueOn).toBeNull();
    const nextYear = `${new Date().getUTCFullYear() + 1}-06-30`;
    expect(await plan(nextYear)).toMatchObject({ ok: true });
    const planned = await getManagementView(managementToken);
    expect(planned.nextRoundDueOn?.toISOString().slice(0, 10)).toBe(nextYear);
    expect(planned.isNextRoundOverdue).toBe(false);
    // Time passes: the day goes by without a new round.
    await db.collaboration.updateMany({
      where: { rounds: { some: { id: planned.id } } },
      data: { nextRoundDueOn: new Date(Date.now() - 86_400_000) },
    });
    expect((await getManagementView(managementToken)).isNextRoundOverdue).toBe(true);
    await createNextRound(nextRoundInput(managementToken));
    const started = await getManagementView(managementToken);
    expect([started.nextRoundDueOn, started.isNextRoundOverdue]).toEqual([null, false]);
    expect(await plan("")).toMatchObject({ ok: true });
  });

  it("shows each round's own results and exports, and compares a round with the one before", async () => {
    const { managementToken, view: first } = await makeScan();
    for (const partner of first.partners) await answerAll(partner.inviteToken, 2);
    await createNextRound(nextRoundInput(managementToken));
    const second = await getManagementView(managementToken);
    for (const partner of second.partners) await answerAll(partner.inviteToken, 5);

    const before = await getResults(managementToken, 1);
    const after = await getResults(managementToken, 2);
    expect([before.scan.round, after.scan.round, after.scan.roundCount]).toEqual([1, 2, 2]);
    const score = (results: typeof before) =>
      results.diagnosis.statements.find((statement) => statement.id === "ambition.shared-goal")?.score;
    expect([score(before), score(after)]).toEqual([25, 100]);
    expect((await getResults(managementToken)).scan.round).toBe(2);
    const exported = JSON.parse(String((await exportData(managementToken, "json", "nl", 1)).body));
    expect(exported.diagnosis.respondentCount).toBe(9);
  });
});
