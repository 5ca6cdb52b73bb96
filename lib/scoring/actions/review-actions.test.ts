import { describe, expect, it } from "vitest";
import { diagnose } from "../diagnose";
import { buildScan } from "../testing/scan-builder";
import { buildTrend } from "../trend/build-trend";
import { isKnownFinding } from "./finding";
import { linkedLens } from "./linked-lens";
import { reviewActions } from "./review-actions";
import type { AgreedAction, Finding } from "./types";

function action(
  finding: Finding,
  lensId: AgreedAction["lensId"],
  status: AgreedAction["status"] = "done",
): AgreedAction {
  return {
    id: `${finding.kind}-${finding.id}`,
    round: 1,
    description: "Samen de ambitie herformuleren",
    owner: { kind: "person", name: "Marieke" },
    dueOn: null,
    status,
    finding,
    lensId,
  };
}

describe("actions and their review", () => {
  const before = buildScan("quick", [{ name: "Gemeente", respondents: 4, profile: { level: 2, position: -3 } }], {
    variation: false,
  });
  const after = buildScan("quick", [{ name: "Gemeente", respondents: 4, profile: { level: 4, position: 0 } }], {
    variation: false,
  });
  const change = buildTrend([
    { number: 1, input: before, partnerKeys: new Map() },
    { number: 2, input: after, partnerKeys: new Map() },
  ]);

  it("shows what changed in the linked lens, the statement or the paradox since the action was agreed", () => {
    const [lens, statement, paradox] = reviewActions(
      [
        action({ kind: "lens", id: "ambition" }, "ambition"),
        action({ kind: "statement", id: "ambition.shared-goal" }, "ambition", "in-progress"),
        action({ kind: "paradox", id: "paradox.central-vs-local" }, null, "dropped"),
      ],
      change,
      diagnose(before),
      diagnose(after),
    );
    expect(lens?.lens).toEqual({
      id: "ambition",
      before: { value: 25, status: "shown" },
      after: { value: 75, status: "shown" },
      change: 50,
    });
    expect(lens?.finding).toBeNull();
    // Beside the statement's text the review quotes the mean as worded: from 2,0 to 4,0 on 1–5.
    expect(statement?.finding).toEqual({
      kind: "statement",
      before: { value: 25, status: "shown", mean: 2 },
      after: { value: 75, status: "shown", mean: 4 },
      change: 2,
    });
    expect(statement?.action.status).toBe("in-progress");
    expect(paradox?.lens).toBeNull();
    expect(paradox?.finding).toEqual({
      kind: "paradox",
      before: { value: -1, status: "shown" },
      after: { value: 0, status: "shown" },
      change: 1,
    });
  });

  it("says whether a problem is still signalled, and how strongly, in each round", () => {
    const previous = diagnose(before);
    const problem = previous.problems[0];
    expect(problem).toBeDefined();
    const [review] = reviewActions(
      [
        action(
          { kind: "problem", id: problem?.id ?? "" },
          linkedLens({ kind: "problem", id: problem?.id ?? "" }, previous),
        ),
      ],
      change,
      previous,
      { problems: [] },
    );
    expect(review?.problem).toEqual({ before: problem?.strength, after: null });
  });

  it("links a finding to its lens: a lens itself, a statement's lens, a problem's strongest lens, no lens for a paradox", () => {
    const diagnosis = diagnose(before);
    expect(linkedLens({ kind: "lens", id: "people" }, diagnosis)).toBe("people");
    expect(linkedLens({ kind: "statement", id: "ambition.shared-goal" }, diagnosis)).toBe("ambition");
    expect(linkedLens({ kind: "paradox", id: "paradox.central-vs-local" }, diagnosis)).toBeNull();
    const problem = diagnosis.problems[0];
    const lens = linkedLens({ kind: "problem", id: problem?.id ?? "" }, diagnosis);
    expect(lens).not.toBeNull();
    // A problem not signalled in that round has no evidence to point at a lens.
    expect(linkedLens({ kind: "problem", id: problem?.id ?? "" }, { problems: [] })).toBeNull();
  });

  it("knows only findings the content has", () => {
    expect(isKnownFinding({ kind: "lens", id: "ambition" })).toBe(true);
    expect(isKnownFinding({ kind: "lens", id: "ambitie" })).toBe(false);
    expect(isKnownFinding({ kind: "statement", id: "ambition.shared-goal" })).toBe(true);
    expect(isKnownFinding({ kind: "paradox", id: "ambition.shared-goal" })).toBe(false);
    expect(isKnownFinding({ kind: "problem", id: "problem.sham-collaboration" })).toBe(true);
  });
});
