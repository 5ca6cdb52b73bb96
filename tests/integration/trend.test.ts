import { describe, expect, it } from "vitest";
import { createNextRound } from "../../lib/server/collaboration/create-next-round";
import { getTrend } from "../../lib/server/collaboration/get-trend";
import { getResults } from "../../lib/server/results/get-results";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { updatePartner } from "../../lib/server/scan/manage-partners";
import { makeScan, nextRoundInput, submitAmbition } from "../support/factories";

describe("the trend of a collaboration", () => {
  it("follows each partner through the rounds, tells hidden from no response, and shows no group a round does not", async () => {
    const { managementToken, view: first } = await makeScan({
      partners: ["Gemeente", "Provincie", "Waterschap", "Corporatie"],
    });
    const [gemeente, provincie, waterschap] = first.partners;
    await submitAmbition(gemeente?.inviteToken ?? null, 2, 3);
    await submitAmbition(provincie?.inviteToken ?? null, 3, 2);
    await submitAmbition(waterschap?.inviteToken ?? null, 3, 2);
    // The manager renames the municipality after round 1; it stays the same partner.
    await updatePartner({ managementToken, partnerId: gemeente?.id ?? "", name: "Gemeente Noord", invitedCount: 20 });
    await createNextRound(
      nextRoundInput(managementToken, {
        partners: ["Gemeente Noord", "Provincie", "Welzijn"],
        invitedCounts: [9, 9, 9],
      }),
    );
    const second = await getManagementView(managementToken);
    await submitAmbition(second.partners[0]?.inviteToken ?? null, 5, 3);
    await submitAmbition(second.partners[2]?.inviteToken ?? null, 4, 3);

    const { trend, rounds } = await getTrend(managementToken);
    expect(rounds.map((round) => [round.number, round.isClosed])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(trend.rounds.map((round) => [round.submittedCount, round.respondentCount])).toEqual([
      [7, 7],
      [6, 6],
    ]);
    const lines = Object.fromEntries(
      trend.partners.map((partner) => [partner.name, partner.rounds.map((round) => [round.status, round.submitted])]),
    );
    expect(lines).toEqual({
      "Gemeente Noord": [
        ["shown", 3],
        ["shown", 3],
      ],
      Provincie: [
        ["hidden", 2],
        ["no-response", 0],
      ],
      Waterschap: [
        ["hidden", 2],
        ["absent", null],
      ],
      Corporatie: [
        ["no-response", 0],
        ["absent", null],
      ],
      Welzijn: [
        ["absent", null],
        ["shown", 3],
      ],
    });
    // Every figure the trend shows for a round is the one that round's own results show.
    for (const round of [1, 2]) {
      const { diagnosis } = await getResults(managementToken, round);
      const index = round - 1;
      for (const lens of diagnosis.lenses) {
        expect(trend.lenses.find((entry) => entry.id === lens.id)?.cells[index]?.value).toBe(lens.score);
      }
      for (const partner of diagnosis.partners) {
        const line = trend.partners.find((entry) => entry.name === partner.name);
        if (partner.suppressed) continue;
        expect(line?.rounds[index]?.lenses.ambition.value).toBe(partner.lenses.ambition);
      }
    }
    const ambition = trend.statements.find((statement) => statement.id === "ambition.shared-goal");
    expect(ambition?.cells.map((cell) => cell.status)).toEqual(["shown", "shown"]);
    expect((ambition?.cells[1]?.value ?? 0) > (ambition?.cells[0]?.value ?? 0)).toBe(true);
  });

  it("puts the change since the previous round on a round's overview, on the items both rounds asked", async () => {
    const { managementToken, view: first } = await makeScan({ variant: "full" });
    for (const partner of first.partners) await submitAmbition(partner.inviteToken, 2, 3);
    await createNextRound(
      nextRoundInput(managementToken, {
        variant: "quick",
        partners: first.partners.map((partner) => partner.name),
        invitedCounts: [9, 9, 9],
      }),
    );
    for (const partner of (await getManagementView(managementToken)).partners)
      await submitAmbition(partner.inviteToken, 4, 3);
    const { change } = await getResults(managementToken, 2);
    expect(change?.rounds.map((round) => round.number)).toEqual([1, 2]);
    expect(change?.basis).toMatchObject({ variantsDiffer: true, isSameItems: false });
    expect(change?.basis.leftOut.map((entry) => entry.round)).toEqual([1]);
    const ambition = change?.lenses.find((lens) => lens.id === "ambition")?.cells.map((cell) => cell.value);
    expect(ambition).toEqual([25, 75]);
    expect((await getResults(managementToken, 1)).change).toBeNull();
  });
});
