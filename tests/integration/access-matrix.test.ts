import { describe, expect, it, vi } from "vitest";
import { removeMember, shareCollaboration, ZRemoveMemberInput, ZShareInput } from "../../lib/server/account/sharing";
import { type ErrorTranslator, runAction } from "../../lib/server/action";
import { createAction, ZCreateActionInput } from "../../lib/server/agreed-actions/create-action";
import { deleteAction, ZDeleteActionInput } from "../../lib/server/agreed-actions/delete-action";
import { setActionStatus, ZSetActionStatusInput } from "../../lib/server/agreed-actions/set-action-status";
import { updateAction, ZUpdateActionInput } from "../../lib/server/agreed-actions/update-action";
import { createNextRound, ZCreateNextRoundInput } from "../../lib/server/collaboration/create-next-round";
import { getTrend } from "../../lib/server/collaboration/get-trend";
import { setNextRoundDue, ZSetNextRoundDueInput } from "../../lib/server/collaboration/set-next-round-due";
import { db } from "../../lib/server/db";
import { getQuestionnaireState } from "../../lib/server/respond/questionnaire";
import { saveResponses, ZSaveResponsesInput } from "../../lib/server/respond/save-responses";
import { submitResponse, ZSubmitInput } from "../../lib/server/respond/submit-response";
import { exportData } from "../../lib/server/results/export-scan";
import { getResults } from "../../lib/server/results/get-results";
import { deleteScan, ZDeleteScanInput } from "../../lib/server/scan/delete-scan";
import { getManagementView } from "../../lib/server/scan/get-management-view";
import {
  removePartner,
  renewInviteLink,
  updatePartner,
  ZRemovePartnerInput,
  ZRenewInviteInput,
  ZUpdatePartnerInput,
} from "../../lib/server/scan/manage-partners";
import { createPersonalLink, revokePersonalLink, ZCreatePersonalLinkInput } from "../../lib/server/scan/personal-links";
import { setScanClosed, ZSetScanClosedInput } from "../../lib/server/scan/set-scan-closed";
import { updateScanSettings, ZUpdateScanSettingsInput } from "../../lib/server/scan/update-scan-settings";
import { asBrowser, signUpAs } from "../support/accounts";
import { makeRespondent, makeScan } from "../support/factories";
import { newRequest } from "../support/request-context";
import { errorTranslator } from "../support/translator";

vi.mock("next/headers", async () => (await import("../support/request-context")).nextHeaders);

/**
 * Every entry point with the wrong kind of credentials: no token, an unknown
 * one, one of another scan, a respondent's where the manager's is needed, and
 * a revoked one. All are refused as "not found" (or as invalid input when
 * there is no token at all) and none changes anything.
 */
const t: ErrorTranslator = errorTranslator("nl");

async function setUp() {
  const own = await makeScan({ name: "Eigen scan" });
  const other = await makeScan({ name: "Andere scan" });
  const respondent = await makeRespondent(own.view.partners[0]?.inviteToken ?? "");
  const { token: revoked } = await createPersonalLink({
    managementToken: own.managementToken,
    partnerId: own.view.partners[0]?.id ?? "",
    label: "Ingetrokken",
    role: null,
    isManager: false,
  });
  const revokedId = (await getManagementView(own.managementToken)).personalLinks[0]?.respondentId ?? "";
  await revokePersonalLink({ managementToken: own.managementToken, respondentId: revokedId });
  const action = await createAction({
    managementToken: own.managementToken,
    round: 1,
    description: "Eigen actie",
    ownerPartnerId: null,
    ownerName: "Jan",
    dueOn: null,
    findingKind: "lens",
    findingId: "ambition",
  });
  return { own, other, respondentToken: respondent.token, revoked, actionId: action.id };
}

/** Every entry point that changes a collaboration, called with the given management key. */
function managementEntryPoints(partnerId: string, actionId: string) {
  return [
    (token: unknown) =>
      runAction(
        { name: "settings", schema: ZUpdateScanSettingsInput, handler: updateScanSettings, rateLimit: null },
        {
          managementToken: token,
          round: 1,
          name: "Gekaapt",
          description: "",
          closesOn: "",
          showResultsToRespondents: false,
        },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "close", schema: ZSetScanClosedInput, handler: setScanClosed, rateLimit: null },
        { managementToken: token, round: 1, isClosed: true },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "rename", schema: ZUpdatePartnerInput, handler: updatePartner, rateLimit: null },
        { managementToken: token, partnerId, name: "Gekaapt", invitedCount: 9 },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "remove", schema: ZRemovePartnerInput, handler: removePartner, rateLimit: null },
        { managementToken: token, partnerId },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "renew", schema: ZRenewInviteInput, handler: renewInviteLink, rateLimit: null },
        { managementToken: token, partnerId },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "link", schema: ZCreatePersonalLinkInput, handler: createPersonalLink, rateLimit: null },
        { managementToken: token, partnerId, label: "x" },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "delete", schema: ZDeleteScanInput, handler: deleteScan, rateLimit: null },
        { managementToken: token, confirmation: "Eigen scan" },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "nextRound", schema: ZCreateNextRoundInput, handler: createNextRound, rateLimit: null },
        {
          managementToken: token,
          afterRound: 1,
          form: "partnership",
          phase: "functioning",
          variant: "quick",
          locale: "nl",
          partners: ["Gekaapt", "Ook gekaapt"],
          invitedCounts: [3, 3],
        },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "plan", schema: ZSetNextRoundDueInput, handler: setNextRoundDue, rateLimit: null },
        { managementToken: token, dueOn: "2099-01-01" },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "createAction", schema: ZCreateActionInput, handler: createAction, rateLimit: null },
        {
          managementToken: token,
          round: 1,
          description: "Gekaapt",
          ownerPartnerId: null,
          ownerName: "X",
          dueOn: "",
          findingKind: "lens",
          findingId: "people",
        },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "updateAction", schema: ZUpdateActionInput, handler: updateAction, rateLimit: null },
        {
          managementToken: token,
          actionId,
          description: "Gekaapt",
          ownerPartnerId: null,
          ownerName: "X",
          dueOn: "",
          status: "dropped",
        },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "setActionStatus", schema: ZSetActionStatusInput, handler: setActionStatus, rateLimit: null },
        { managementToken: token, actionId, status: "dropped" },
        t,
      ),
    (token: unknown) =>
      runAction(
        { name: "deleteAction", schema: ZDeleteActionInput, handler: deleteAction, rateLimit: null },
        { managementToken: token, actionId },
        t,
      ),
  ];
}

describe("the access matrix", () => {
  it("refuses management entry points to anyone without this scan's management link", async () => {
    const { own, other, respondentToken, revoked, actionId } = await setUp();
    const partnerId = own.view.partners[1]?.id ?? "";
    const wrongCredentials = [
      ["no token", undefined],
      ["an unknown token", "AAAAAAAAAAAAAAAAAAAAAA"],
      ["another scan's management token", other.managementToken],
      ["a respondent's token", respondentToken],
      ["a revoked personal token", revoked],
    ] as const;
    // Scoped: the request names a resource of this scan (a partner), so another scan's token must not reach it.
    // The others act on whichever scan the token opens; with another scan's token that is the other scan, not this one.
    const scoped = new Set([2, 3, 4, 5, 10, 11, 12]);
    const entryPoints = managementEntryPoints(partnerId, actionId);
    const actionsBefore = (await getResults(own.managementToken, 1)).actions;
    const before = await getManagementView(own.managementToken);
    for (const [label, token] of wrongCredentials) {
      for (const [index, entryPoint] of entryPoints.entries()) {
        const result = await entryPoint(token);
        if (token === other.managementToken && !scoped.has(index)) continue;
        expect(result.ok, `${label} #${index}`).toBe(false);
        expect(!result.ok && result.code, `${label} #${index}`).toBe(token === undefined ? "invalidInput" : "notFound");
      }
      // Another scan's token opens that other scan's pages, by design; every other credential opens nothing.
      if (token !== undefined && token !== other.managementToken) {
        await expect(getManagementView(token), label).rejects.toMatchObject({ messageKey: "notFound" });
        await expect(getResults(token), label).rejects.toMatchObject({ messageKey: "notFound" });
        await expect(exportData(token, "json", "nl"), label).rejects.toMatchObject({ messageKey: "notFound" });
        await expect(getTrend(token), label).rejects.toMatchObject({ messageKey: "notFound" });
      }
    }
    expect((await getResults(own.managementToken, 1)).actions).toEqual(actionsBefore);
    const after = await getManagementView(own.managementToken);
    expect({ ...after, personalLinks: after.personalLinks.length }).toEqual({
      ...before,
      personalLinks: before.personalLinks.length,
    });
    // A round the collaboration does not have is not found, even with the right link.
    for (const round of [2, 99]) {
      const closing = await runAction(
        { name: "close", schema: ZSetScanClosedInput, handler: setScanClosed, rateLimit: null },
        { managementToken: own.managementToken, round, isClosed: true },
        t,
      );
      expect(closing).toMatchObject({ ok: false, code: "notFound" });
      await expect(getManagementView(own.managementToken, round)).rejects.toMatchObject({ messageKey: "notFound" });
      await expect(getResults(own.managementToken, round)).rejects.toMatchObject({ messageKey: "notFound" });
    }
    // The other scan's partners were not touched by requests that named this scan's partner.
    expect((await getManagementView(other.managementToken, 1)).partners.map((partner) => partner.name)).toEqual(
      other.view.partners.map((partner) => partner.name),
    );
  });

  it("refuses every change to a viewer's account and opens nothing for an account it is not shared with", async () => {
    const { own, actionId } = await setUp();
    const partnerId = own.view.partners[1]?.id ?? "";
    const key = (await db.scan.findUniqueOrThrow({ where: { id: own.scanId } })).collaborationId;
    const viewer = await signUpAs("kijker");
    const stranger = await signUpAs("vreemde");
    newRequest();
    await shareCollaboration({ managementToken: own.managementToken, email: viewer.email, role: "viewer" });
    const before = await getManagementView(own.managementToken);
    const actionsBefore = (await getResults(own.managementToken, 1)).actions;
    const sharing = [
      (key: unknown) =>
        runAction(
          { name: "share", schema: ZShareInput, handler: shareCollaboration, rateLimit: null },
          { managementToken: key, email: stranger.email, role: "owner" },
          t,
        ),
      (key: unknown) =>
        runAction(
          { name: "unshare", schema: ZRemoveMemberInput, handler: removeMember, rateLimit: null },
          { managementToken: key, userId: "someone" },
          t,
        ),
    ];
    for (const [label, cookie, code] of [
      ["a viewer", viewer.cookie, "forbidden"],
      ["an account it is not shared with", stranger.cookie, "notFound"],
      ["nobody signed in", "", "notFound"],
    ] as const) {
      for (const [index, entryPoint] of [...managementEntryPoints(partnerId, actionId), ...sharing].entries()) {
        asBrowser(cookie);
        const result = await entryPoint(key);
        expect(result, `${label} #${index}`).toMatchObject({ ok: false, code });
      }
      if (code === "notFound") {
        await expect(getManagementView(key), label).rejects.toMatchObject({ messageKey: "notFound" });
        await expect(getResults(key), label).rejects.toMatchObject({ messageKey: "notFound" });
        await expect(exportData(key, "json", "nl"), label).rejects.toMatchObject({ messageKey: "notFound" });
        await expect(getTrend(key), label).rejects.toMatchObject({ messageKey: "notFound" });
      }
    }
    newRequest();
    expect(await db.membership.count({ where: { collaborationId: key } })).toBe(1);
    expect((await getResults(own.managementToken, 1)).actions).toEqual(actionsBefore);
    expect(await getManagementView(own.managementToken)).toEqual(before);
  });

  it("refuses respondent entry points to unknown, revoked and management tokens", async () => {
    const { own, revoked } = await setUp();
    for (const [label, token] of [
      ["an unknown token", "AAAAAAAAAAAAAAAAAAAAAA"],
      ["a revoked personal token", revoked],
      ["the management token", own.managementToken],
    ] as const) {
      const saved = await runAction(
        { name: "save", schema: ZSaveResponsesInput, handler: saveResponses, rateLimit: null },
        { token, answers: [{ itemId: "ambition.shared-goal", value: 3 }] },
        t,
      );
      expect(saved, label).toMatchObject({ ok: false, code: "notFound" });
      const submitted = await runAction(
        { name: "submit", schema: ZSubmitInput, handler: submitResponse, rateLimit: null },
        { token },
        t,
      );
      expect(submitted, label).toMatchObject({ ok: false, code: "notFound" });
      await expect(getQuestionnaireState(token), label).rejects.toMatchObject({ messageKey: "notFound" });
    }
  });
});
