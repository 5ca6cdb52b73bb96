import { reviewActions } from "../../scoring/actions/review-actions";
import type { ActionReview, AgreedAction } from "../../scoring/actions/types";
import { diagnose } from "../../scoring/diagnose";
import { buildScan } from "../../scoring/testing/scan-builder";
import { buildTrend } from "../../scoring/trend/build-trend";
import type { Diagnosis } from "../../scoring/types";
import type { DeckRounds } from "../slides/build-deck";

/**
 * Round 2 of a collaboration for the slide tests: the municipality answers
 * more favourably than in round 1, so the review of round 1's actions has a
 * change to show (ambition 25 → 75), and round 2 has actions of its own.
 */
export function agreedAction(
  fields: Partial<AgreedAction> & Pick<AgreedAction, "description" | "finding" | "lensId">,
): AgreedAction {
  return {
    id: fields.description,
    round: 2,
    owner: { kind: "person", name: "Marieke de Boer" },
    dueOn: null,
    status: "open",
    ...fields,
  };
}

/** An action of round 2 on a paradox, in progress, with a due date. */
export const costsAction = agreedAction({
  description: "Kwartaaloverleg over de verdeling van de kosten",
  dueOn: new Date("2027-06-30T00:00:00.000Z"),
  status: "in-progress",
  finding: { kind: "paradox", id: "paradox.central-vs-local" },
  lensId: null,
});

/** `answered`: respondents per partner in round 2 (one is too few to publish anything yet). */
export function secondRound(actions: AgreedAction[], answered = 3): { diagnosis: Diagnosis; rounds: DeckRounds } {
  const partners = (level: number, respondents: number) => [
    { name: "Gemeente Apeldoorn", respondents, profile: { level } },
    { name: "Zorggroep Veluwezoom", respondents, profile: { level } },
  ];
  const before = buildScan("quick", partners(2, 3), { variation: false });
  const after = buildScan("quick", partners(4, answered), { variation: false });
  const change = buildTrend([
    { number: 1, input: before, partnerKeys: new Map() },
    { number: 2, input: after, partnerKeys: new Map() },
  ]);
  const diagnosis = diagnose(after);
  const review: ActionReview[] = reviewActions(
    [
      agreedAction({
        round: 1,
        description: "Samen de ambitie op één A4 zetten",
        owner: { kind: "partner", partnerId: "p1", name: "Gemeente Apeldoorn" },
        dueOn: new Date("2027-03-01T00:00:00.000Z"),
        status: "done",
        finding: { kind: "lens", id: "ambition" },
        lensId: "ambition",
      }),
    ],
    change,
    diagnose(before),
    diagnosis,
  );
  return { diagnosis, rounds: { round: 2, review, actions } };
}
