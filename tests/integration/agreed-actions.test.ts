import { describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { createAction, ZCreateActionInput } from "../../lib/server/agreed-actions/create-action";
import { deleteAction } from "../../lib/server/agreed-actions/delete-action";
import { setActionStatus } from "../../lib/server/agreed-actions/set-action-status";
import { updateAction, ZUpdateActionInput } from "../../lib/server/agreed-actions/update-action";
import { createNextRound } from "../../lib/server/collaboration/create-next-round";
import { db } from "../../lib/server/db";
import { getResults } from "../../lib/server/results/get-results";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import { makeScan, nextRoundInput, submitAmbition } from "../support/factories";
import { errorTranslator } from "../support/translator";

const t = errorTranslator("nl");

describe("actions agreed on a round's findings", () => {
  it("records an action with a partner or a person as owner, and the lens it bears on", async () => {
    const { managementToken, view } = await makeScan();
    const partner = view.partners[0];
    const { id } = await createAction({
      managementToken,
      round: 1,
      description: "Een gezamenlijke ambitie op één A4",
      ownerPartnerId: partner?.id ?? null,
      ownerName: "",
      dueOn: new Date("2030-03-01T00:00:00.000Z"),
      findingKind: "statement",
      findingId: "ambition.shared-goal",
    });
    await createAction({
      managementToken,
      round: 1,
      description: "Het machtsspel bespreekbaar maken",
      ownerPartnerId: null,
      ownerName: "Marieke de Boer",
      dueOn: null,
      findingKind: "paradox",
      findingId: "paradox.central-vs-local",
    });
    const { actions, review } = await getResults(managementToken, 1);
    expect(review).toBeNull();
    expect(actions.map((action) => [action.description, action.owner, action.status, action.lensId])).toEqual([
      [
        "Een gezamenlijke ambitie op één A4",
        { kind: "partner", partnerId: partner?.id, name: partner?.name },
        "open",
        "ambition",
      ],
      ["Het machtsspel bespreekbaar maken", { kind: "person", name: "Marieke de Boer" }, "open", null],
    ]);
    await updateAction({
      managementToken,
      actionId: id,
      description: "Een gedeelde ambitie op één A4",
      ownerPartnerId: null,
      ownerName: "Jan",
      dueOn: null,
      status: "in-progress",
    });
    await setActionStatus({ managementToken, actionId: id, status: "done" });
    const [updated] = (await getResults(managementToken, 1)).actions;
    expect(updated).toMatchObject({ description: "Een gedeelde ambitie op één A4", status: "done", dueOn: null });
    expect(updated?.owner).toEqual({ kind: "person", name: "Jan" });
    await deleteAction({ managementToken, actionId: id });
    expect((await getResults(managementToken, 1)).actions).toHaveLength(1);
  });

  it("refuses an action without an owner, with two, or about a finding the content does not have, and stores nothing", async () => {
    const { managementToken, view } = await makeScan();
    const valid = {
      managementToken,
      round: 1,
      description: "Iets",
      ownerPartnerId: null,
      ownerName: "Jan",
      dueOn: "",
      findingKind: "lens",
      findingId: "ambition",
    };
    const run = (raw: unknown) =>
      runAction({ name: "create", schema: ZCreateActionInput, handler: createAction, rateLimit: null }, raw, t);
    expect(await run({ ...valid, ownerName: "" })).toMatchObject({
      ok: false,
      fieldErrors: {
        owner: ["Kies een partner als eigenaar, of kies ‘Iemand anders’ en typ de naam van wie het oppakt."],
      },
    });
    expect(await run({ ...valid, ownerPartnerId: view.partners[0]?.id })).toMatchObject({
      ok: false,
      fieldErrors: { owner: [expect.any(String)] },
    });
    expect(await run({ ...valid, description: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { description: ["Vul dit veld in."] },
    });
    expect(await run({ ...valid, dueOn: "2030-02-31" })).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: ["Dit is geen geldige datum."] },
    });
    expect(await run({ ...valid, findingId: "ambitie" })).toMatchObject({ ok: false, code: "unknownFinding" });
    expect(await run({ ...valid, findingKind: "partner" })).toMatchObject({ ok: false, code: "invalidInput" });
    expect(await run({ ...valid, round: 2 })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.agreedAction.count({ where: { scan: { id: view.id } } })).toBe(0);
    expect(await run(valid)).toMatchObject({ ok: true });
  });

  it("keeps actions to their own collaboration and their owner to the action's own round", async () => {
    const own = await makeScan();
    const other = await makeScan();
    const { id } = await createAction({
      managementToken: own.managementToken,
      round: 1,
      description: "Eigen actie",
      ownerPartnerId: null,
      ownerName: "Jan",
      dueOn: null,
      findingKind: "lens",
      findingId: "process",
    });
    for (const attempt of [
      () => setActionStatus({ managementToken: other.managementToken, actionId: id, status: "dropped" }),
      () => deleteAction({ managementToken: other.managementToken, actionId: id }),
      () =>
        createAction({
          managementToken: own.managementToken,
          round: 1,
          description: "Met een partner van een andere samenwerking",
          ownerPartnerId: other.view.partners[0]?.id ?? null,
          ownerName: "",
          dueOn: null,
          findingKind: "lens",
          findingId: "process",
        }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ messageKey: "notFound" });
    }
    const update = await runAction(
      { name: "update", schema: ZUpdateActionInput, handler: updateAction, rateLimit: null },
      {
        managementToken: own.managementToken,
        actionId: id,
        description: "Gewijzigd",
        ownerPartnerId: null,
        ownerName: "Jan",
        dueOn: "",
        status: "finished",
      },
      t,
    );
    expect(update).toMatchObject({ ok: false, code: "invalidInput" });
    expect((await getResults(own.managementToken, 1)).actions[0]).toMatchObject({
      description: "Eigen actie",
      status: "open",
    });
  });

  it("opens the next round with a review of the previous round's actions and what changed in their lens", async () => {
    const { managementToken, view: first } = await makeScan();
    for (const partner of first.partners) await submitAmbition(partner.inviteToken, 2);
    const { id } = await createAction({
      managementToken,
      round: 1,
      description: "Een gezamenlijke ambitie op één A4",
      ownerPartnerId: first.partners[1]?.id ?? null,
      ownerName: "",
      dueOn: null,
      findingKind: "lens",
      findingId: "ambition",
    });
    await createNextRound(nextRoundInput(managementToken));
    const second = await getManagementView(managementToken);
    expect(second.previousActions.map((action) => [action.id, action.round, action.owner?.name])).toEqual([
      [id, 1, first.partners[1]?.name],
    ]);
    expect((await getManagementView(managementToken, 1)).previousActions).toEqual([]);
    await setActionStatus({ managementToken, actionId: id, status: "done" });
    for (const partner of second.partners) await submitAmbition(partner.inviteToken, 4);
    const { review, actions } = await getResults(managementToken, 2);
    expect(actions).toEqual([]);
    expect(review).toHaveLength(1);
    expect(review?.[0]?.action).toMatchObject({ id, status: "done" });
    expect(review?.[0]?.lens).toEqual({
      id: "ambition",
      before: { value: 25, status: "shown" },
      after: { value: 75, status: "shown" },
      change: 50,
    });
  });
});
