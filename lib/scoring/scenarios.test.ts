import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { buildScan, type GroupSpec, type Profile } from "./testing/scan-builder";
import { runScenarios } from "./testing/scenarios/run-scenarios";

/**
 * The scenario library (testing/scenarios, `npm run scenarios`): at least
 * 95 % of runs as an advisor would conclude, healthy collaborations report
 * nothing in any run, mediocre ones nothing clear. And hand-made scans of
 * instrument version 1, which lacks the statements that tell look-alikes
 * apart: each of the nine problems is still named, first and clear.
 */
const healthy: Profile = { level: 4, position: 0, desired: 0, openness: 4 };

function threePartners(profile: Profile, overrides: Partial<Record<0 | 1 | 2, Profile>> = {}): GroupSpec[] {
  return ["Gemeente", "Woningcorporatie", "Zorgaanbieder"].map((name, index) => ({
    name,
    respondents: 4,
    profile: { ...profile, ...overrides[index as 0 | 1 | 2] },
  }));
}

const scenarios: { problem: string; groups: GroupSpec[] }[] = [
  {
    problem: "problem.no-shared-ambition",
    groups: threePartners({
      ...healthy,
      levels: {
        "ambition.shared-goal": 1,
        "ambition.different-stories": 1,
        "ambition.shared-problem": 2,
        "ambition.motives-known": 2,
        "ambition.concrete-goals": 2,
        "ambition.network-value": 2,
        "ambition.deliberate-approach": 2,
      },
    }),
  },
  {
    problem: "problem.fading-perspective",
    groups: threePartners({
      ...healthy,
      levels: {
        "ambition.inspiring": 1,
        "ambition.side-issue": 2,
        "process.visible-results": 2,
        "process.sense-making": 2,
        "ambition.leaders-committed": 2,
      },
      positions: { "paradox.quick-wins-vs-care": 2 },
    }),
  },
  {
    problem: "problem.personnel-instability",
    groups: threePartners({
      ...healthy,
      levels: {
        "people.turnover": 1,
        "people.agreements-trusted": 2,
        "people.connectors": 2,
        "ambition.motives-known": 2,
      },
    }),
  },
  {
    problem: "problem.sham-collaboration",
    groups: threePartners({
      ...healthy,
      levels: {
        "process.agreements-unkept": 1,
        "people.open-disagreement": 2,
        "interests.issues-postponed": 2,
        "process.visible-results": 2,
      },
      positions: { "paradox.prevent-vs-value-conflict": -2 },
      opennessOf: { "paradox.prevent-vs-value-conflict": 2 },
    }),
  },
  {
    problem: "problem.under-organisation",
    groups: threePartners({
      ...healthy,
      levels: {
        "organisation.decisions-clear": 1,
        "organisation.roles-clear": 1,
        "organisation.resources": 2,
        "organisation.direction": 2,
        "organisation.progress-informed": 2,
        "organisation.agreements-sound": 2,
        "organisation.contributions-clear": 2,
        "organisation.form-clear": 2,
        "process.process-lead": 2,
      },
      positions: { "paradox.central-vs-local": 2 },
    }),
  },
  {
    problem: "problem.enemy-image",
    groups: threePartners(
      {
        ...healthy,
        levels: {
          "people.us-and-them": 1,
          "people.watchfulness": 2,
          "people.conflict-turns-personal": 2,
          "people.agreements-trusted": 2,
        },
      },
      {
        1: {
          ...healthy,
          levels: {
            "people.us-and-them": 1,
            "people.watchfulness": 2,
            "people.conflict-turns-personal": 2,
            "people.agreements-trusted": 5,
          },
        },
      },
    ),
  },
  {
    problem: "problem.double-loyalty",
    groups: threePartners({
      ...healthy,
      levels: { "people.reopened-at-home": 1, "people.mandate": 1, "interests.stated-openly": 2 },
      positions: { "paradox.left-alone-vs-losing-autonomy": 2 },
    }),
  },
  {
    problem: "problem.unbridgeable-diversity",
    groups: threePartners({
      ...healthy,
      levels: { "interests.shared-language": 1, "people.diversity-valued": 1 },
    }),
  },
  {
    problem: "problem.power-game",
    groups: threePartners(
      {
        ...healthy,
        levels: { "people.dominance": 1, "people.power-discussable": 2, "interests.information-shared": 2 },
        opennessOf: { "paradox.prevent-vs-value-conflict": 2 },
      },
      {
        0: {
          ...healthy,
          levels: {
            "people.dominance": 1,
            "people.power-discussable": 2,
            "interests.information-shared": 2,
            "interests.fair-return": 5,
          },
          opennessOf: { "paradox.prevent-vs-value-conflict": 2 },
        },
        2: {
          ...healthy,
          levels: {
            "people.dominance": 1,
            "people.power-discussable": 2,
            "interests.information-shared": 2,
            "interests.fair-return": 1,
          },
          opennessOf: { "paradox.prevent-vs-value-conflict": 2 },
        },
      },
    ),
  },
];

describe("the scenario library", () => {
  const tally = runScenarios((input) => diagnose(input).problems);

  it("concludes as an advisor would in at least 95 % of runs", () => {
    const failures = tally.outcomes.flatMap((outcome) =>
      outcome.failures.map((failure) => `${outcome.scenario.id} ${failure}`),
    );
    expect(tally.passed / tally.runs, failures.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("reports nothing for a healthy collaboration and nothing clear for a mediocre one, in every run", () => {
    for (const outcome of tally.outcomes) {
      const { expect: expectation, id } = outcome.scenario;
      const isHealthyOrMediocre =
        expectation.first === null || (expectation.first === undefined && expectation.noClear);
      if (isHealthyOrMediocre) expect(outcome.failures, id).toEqual([]);
    }
  });
});

const versionOne = (groups: GroupSpec[]) => buildScan("full", groups, { version: 1 });

describe("the nine collaboration problems in a version 1 scan", () => {
  it.each(scenarios)("names $problem first, and clearly", ({ problem, groups }) => {
    const diagnosis = diagnose(versionOne(groups));
    expect(diagnosis.instrument.version).toBe(1);
    const [first] = diagnosis.problems;
    expect(first?.id).toBe(problem);
    expect(first?.confidence).toBe("clear");
    expect(first?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(first?.interventions.length).toBeGreaterThanOrEqual(3);
  });

  it("puts the detected problem first in the advice", () => {
    const scenario = scenarios.find((entry) => entry.problem === "problem.under-organisation");
    const diagnosis = diagnose(versionOne(scenario?.groups ?? []));
    expect(diagnosis.advice[0]).toMatchObject({ kind: "problem", refId: "problem.under-organisation" });
    expect(diagnosis.advice[0]?.title.nl).toBe("Pak ‘Onderorganisatie’ aan");
  });

  it("names the partners behind a difference between partners", () => {
    const scenario = scenarios.find((entry) => entry.problem === "problem.power-game");
    const diagnosis = diagnose(versionOne(scenario?.groups ?? []));
    const apart = diagnosis.problems[0]?.evidence.find((evidence) => evidence.signal.kind === "partners-apart");
    expect(apart?.partners.map((partner) => partner.partnerId).sort()).toEqual(["p1", "p2", "p3"]);
    expect(apart?.text.nl).toContain("Gemeente");
  });
});

describe("a healthy collaboration", () => {
  it.each(["quick", "full"] as const)("triggers no problem in a %s scan", (variant) => {
    const diagnosis = diagnose(buildScan(variant, threePartners(healthy)));
    expect(diagnosis.problems).toEqual([]);
    expect(diagnosis.lenses.every((lens) => lens.band === "strength")).toBe(true);
  });

  it("triggers no problem when it is merely average", () => {
    const diagnosis = diagnose(
      buildScan("full", threePartners({ level: 3, position: 0, desired: 0, openness: 3 }), { variation: false }),
    );
    expect(diagnosis.problems).toEqual([]);
  });
});
