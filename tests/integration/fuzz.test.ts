import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runAction } from "../../lib/server/action";
import { createAction, ZCreateActionInput } from "../../lib/server/agreed-actions/create-action";
import { deleteAction, ZDeleteActionInput } from "../../lib/server/agreed-actions/delete-action";
import { setActionStatus, ZSetActionStatusInput } from "../../lib/server/agreed-actions/set-action-status";
import { updateAction, ZUpdateActionInput } from "../../lib/server/agreed-actions/update-action";
import { createNextRound, ZCreateNextRoundInput } from "../../lib/server/collaboration/create-next-round";
import { setNextRoundDue, ZSetNextRoundDueInput } from "../../lib/server/collaboration/set-next-round-due";
import { db } from "../../lib/server/db";
import { enterViaInvitation, ZEnterInput } from "../../lib/server/respond/invitation";
import { saveResponses, ZSaveResponsesInput } from "../../lib/server/respond/save-responses";
import { submitResponse, ZSubmitInput } from "../../lib/server/respond/submit-response";
import { createScan, ZCreateScanInput } from "../../lib/server/scan/create-scan";
import { deleteScan, ZDeleteScanInput } from "../../lib/server/scan/delete-scan";
import {
  addPartner,
  removePartner,
  ZAddPartnerInput,
  ZRemovePartnerInput,
} from "../../lib/server/scan/manage-partners";
import { setScanClosed, ZSetScanClosedInput } from "../../lib/server/scan/set-scan-closed";
import { makeRespondent, makeScan } from "../support/factories";
import { errorTranslator } from "../support/translator";

/**
 * Malformed input for every entry point: wrong types, huge and odd strings,
 * unknown ids, negative and fractional numbers, extra fields. Each must get a
 * clear, expected error (never "unexpected") and change nothing.
 */
const t = errorTranslator("nl");

const oddString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "<script>alert(1)</script>",
    "=SUM(A1)",
    "'; DROP TABLE Scan; --",
    "\u0000",
    "🙂".repeat(50),
  ),
  fc.string({ minLength: 3000, maxLength: 5000 }),
);
const oddNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-1, 0.5, 6, -3.5, Number.MAX_SAFE_INTEGER));
const oddValue = fc.oneof(
  oddString,
  oddNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const unknownToken = fc.stringMatching(/^[A-Za-z0-9_-]{22}$/);

async function counts() {
  const [actions, actionRows, collaborations, planned, scans, partners, respondents, answers, comments] =
    await Promise.all([
      db.agreedAction.count(),
      db.agreedAction.findMany({ orderBy: { id: "asc" } }),
      db.collaboration.count(),
      db.collaboration.count({ where: { nextRoundDueOn: { not: null } } }),
      db.scan.count(),
      db.partner.count(),
      db.respondent.count(),
      db.answer.count(),
      db.comment.count(),
    ]);
  return { actions, actionRows, collaborations, planned, scans, partners, respondents, answers, comments };
}

describe("malformed input", () => {
  it("is refused with a clear message by every entry point, 14,000 times, and the database stays the same", async () => {
    const { managementToken, view } = await makeScan();
    const { token } = await makeRespondent(view.partners[0]?.inviteToken ?? "");
    const { id: actionId } = await createAction({
      managementToken,
      round: 1,
      description: "Bestaande actie",
      ownerPartnerId: null,
      ownerName: "Jan",
      dueOn: null,
      findingKind: "lens",
      findingId: "ambition",
    });
    const before = await counts();
    const entryPoints = [
      {
        name: "saveResponses",
        run: (raw: unknown) =>
          runAction({ name: "save", schema: ZSaveResponsesInput, handler: saveResponses, rateLimit: null }, raw, t),
        input: fc.oneof(
          fc.record({
            token: fc.oneof(unknownToken, oddValue),
            answers: fc.array(fc.record({ itemId: oddValue, value: oddValue }), { maxLength: 4 }),
          }),
          fc.record({
            token: fc.constant(token),
            answers: fc.array(fc.record({ itemId: oddString, value: oddNumber }), { minLength: 1, maxLength: 4 }),
          }),
          fc.record({
            token: fc.constant(token),
            answers: fc.constant([{ itemId: "ambition.shared-goal", value: 3 }]),
            extra: oddValue,
          }),
          fc.record({
            token: fc.constant(token),
            comments: fc.array(fc.record({ lensId: oddValue, text: oddValue }), { minLength: 1, maxLength: 2 }),
          }),
          oddValue,
        ),
      },
      {
        name: "createScan",
        run: (raw: unknown) =>
          runAction({ name: "create", schema: ZCreateScanInput, handler: createScan, rateLimit: null }, raw, t),
        input: fc.oneof(
          fc.record({
            name: oddValue,
            form: oddValue,
            phase: oddValue,
            variant: oddValue,
            locale: oddValue,
            partners: fc.array(oddValue, { maxLength: 3 }),
          }),
          fc.record({
            name: fc.constant("Geldig"),
            form: fc.constant("partnership"),
            phase: fc.constant("forming"),
            variant: fc.constant("quick"),
            locale: fc.constant("nl"),
            partners: fc.oneof(
              fc.constant(["Alleen"]),
              fc.constant(["Dubbel", "dubbel"]),
              fc.array(fc.constant("x"), { minLength: 21, maxLength: 25 }),
            ),
          }),
          oddValue,
        ),
      },
      {
        name: "enter",
        run: (raw: unknown) =>
          runAction({ name: "enter", schema: ZEnterInput, handler: enterViaInvitation, rateLimit: null }, raw, t),
        input: fc.oneof(fc.record({ inviteToken: fc.oneof(unknownToken, oddValue), role: oddValue }), oddValue),
      },
      {
        name: "submit",
        run: (raw: unknown) =>
          runAction({ name: "submit", schema: ZSubmitInput, handler: submitResponse, rateLimit: null }, raw, t),
        input: fc.oneof(fc.record({ token: fc.oneof(unknownToken, oddValue) }), oddValue),
      },
      {
        name: "management",
        run: async (raw: unknown) => {
          const results = await Promise.all([
            runAction({ name: "add", schema: ZAddPartnerInput, handler: addPartner, rateLimit: null }, raw, t),
            runAction({ name: "remove", schema: ZRemovePartnerInput, handler: removePartner, rateLimit: null }, raw, t),
            runAction({ name: "close", schema: ZSetScanClosedInput, handler: setScanClosed, rateLimit: null }, raw, t),
            runAction({ name: "delete", schema: ZDeleteScanInput, handler: deleteScan, rateLimit: null }, raw, t),
          ]);
          return results.find((result) => result.ok) ?? results[0];
        },
        input: fc.oneof(
          fc.record({
            managementToken: fc.oneof(unknownToken, oddValue),
            name: oddValue,
            partnerId: oddValue,
            isClosed: oddValue,
            confirmation: oddValue,
          }),
          fc.record({
            managementToken: fc.constant(managementToken),
            partnerId: oddString,
            confirmation: oddString,
            name: fc.constant(123),
          }),
          oddValue,
        ),
      },
      {
        name: "rounds",
        run: async (raw: unknown) => {
          const results = await Promise.all([
            runAction(
              { name: "next", schema: ZCreateNextRoundInput, handler: createNextRound, rateLimit: null },
              raw,
              t,
            ),
            runAction(
              { name: "plan", schema: ZSetNextRoundDueInput, handler: setNextRoundDue, rateLimit: null },
              raw,
              t,
            ),
          ]);
          return results.find((result) => result.ok) ?? results[0];
        },
        input: fc.oneof(
          fc.record({
            managementToken: fc.oneof(unknownToken, oddValue),
            afterRound: oddValue,
            dueOn: oddValue,
            partners: fc.array(oddValue, { maxLength: 3 }),
          }),
          fc.record({
            managementToken: fc.constant(managementToken),
            afterRound: fc.oneof(fc.constantFrom(0, -1, 1.5, 2, 10_001), oddValue),
            form: fc.constant("partnership"),
            phase: fc.constant("forming"),
            variant: fc.oneof(fc.constant("quick"), oddString),
            locale: fc.constant("nl"),
            partners: fc.oneof(fc.constant(["Alleen"]), fc.constant(["Een", "Twee"])),
            invitedCounts: fc.oneof(fc.constant([1, null]), fc.array(oddNumber, { maxLength: 2 })),
            dueOn: fc.oneof(fc.constantFrom("2020-01-01", "2030-13-01", "morgen", "2030-02-30"), oddValue),
          }),
          oddValue,
        ),
      },
      {
        name: "actions",
        run: async (raw: unknown) => {
          const results = await Promise.all([
            runAction({ name: "create", schema: ZCreateActionInput, handler: createAction, rateLimit: null }, raw, t),
            runAction({ name: "update", schema: ZUpdateActionInput, handler: updateAction, rateLimit: null }, raw, t),
            runAction(
              { name: "status", schema: ZSetActionStatusInput, handler: setActionStatus, rateLimit: null },
              raw,
              t,
            ),
            runAction({ name: "delete", schema: ZDeleteActionInput, handler: deleteAction, rateLimit: null }, raw, t),
          ]);
          return results.find((result) => result.ok) ?? results[0];
        },
        input: fc.oneof(
          fc.record({
            managementToken: fc.oneof(unknownToken, oddValue),
            actionId: oddValue,
            round: oddValue,
            description: oddValue,
            status: oddValue,
          }),
          fc.record({
            managementToken: fc.constant(managementToken),
            round: fc.oneof(fc.constantFrom(0, 2, -1, 1.5), oddValue),
            actionId: fc.oneof(fc.constant(actionId), oddString),
            description: fc.oneof(fc.constant(""), fc.string({ minLength: 501, maxLength: 600 }), oddValue),
            ownerPartnerId: fc.oneof(fc.constant(null), oddString),
            ownerName: oddValue,
            dueOn: fc.oneof(fc.constantFrom("2030-02-30", "gisteren", "2030-1-1"), oddValue),
            status: fc.oneof(fc.constantFrom("finished", "OPEN", ""), oddValue),
            findingKind: fc.oneof(fc.constantFrom("lens", "partner", ""), oddValue),
            findingId: fc.oneof(fc.constantFrom("ambitie", "problem.unknown", ""), oddValue),
          }),
          oddValue,
        ),
      },
    ];
    let checked = 0;
    for (const entryPoint of entryPoints) {
      await fc.assert(
        fc.asyncProperty(entryPoint.input, async (raw) => {
          const result = await entryPoint.run(raw);
          checked += 1;
          expect(result?.ok, entryPoint.name).toBe(false);
          if (result && !result.ok) {
            expect(result.code, entryPoint.name).not.toBe("unexpected");
            expect(result.error.length).toBeGreaterThan(5);
          }
        }),
        { numRuns: 2000 },
      );
    }
    expect(checked).toBeGreaterThanOrEqual(14_000);
    expect(await counts()).toEqual(before);
  });
});
