import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import type { ScanInput } from "./input";
import { POSSIBLE_FROM } from "./problems";
import { templateInput } from "./template";
import { propertyRuns } from "./testing/property-runs";
import { answersFor, buildScan } from "./testing/scan-builder";

function smallScan(
  answers: Record<string, number | null>[],
  partnerOf: (index: number) => string = () => "p1",
): ScanInput {
  return {
    instrument: { id: "samenwerkingsscan", version: 1 },
    scan: {
      name: "",
      form: "partnership",
      phase: "functioning",
      variant: "quick",
      anonymityThreshold: 3,
      reportingMode: "group",
    },
    partners: [
      { id: "p1", name: "Eén" },
      { id: "p2", name: "Twee" },
    ],
    respondents: answers.map((entry, index) => ({
      id: `r${index}`,
      partnerId: partnerOf(index),
      role: "manager",
      release: null,
      answers: entry,
    })),
    releases: [],
  };
}

describe("lens scores (hand-computed)", () => {
  // Quick-scan ambition: shared-goal, inspiring, concrete-goals (positive) and side-issue (reversed); two answers needed.
  it("averages respondents' own lens scores", () => {
    const diagnosis = diagnose(
      smallScan([
        { "ambition.shared-goal": 5, "ambition.side-issue": 1 }, // 100, 100 → 100
        { "ambition.shared-goal": 3, "ambition.side-issue": 3 }, // 50, 50 → 50
        { "ambition.shared-goal": 4, "ambition.inspiring": 2, "ambition.side-issue": 5 }, // 75, 25, 0 → 33.3
      ]),
    );
    expect(diagnosis.lenses.find((lens) => lens.id === "ambition")).toMatchObject({
      score: 61,
      band: "attention",
      status: "scored",
      respondentCount: 3,
      // "ambition.inspiring" has one answer: as a figure it would show that answer, so it counts there nowhere.
      answerCount: 6,
    });
  });

  it("leaves out respondents with too few answers on a lens and 'don't know' answers", () => {
    const diagnosis = diagnose(
      smallScan([
        { "ambition.shared-goal": 5, "ambition.side-issue": 1 },
        { "ambition.shared-goal": 5, "ambition.side-issue": 1 },
        { "ambition.shared-goal": 5, "ambition.side-issue": 1 },
        { "ambition.shared-goal": 1, "ambition.inspiring": null }, // one real answer: no lens score
      ]),
    );
    const lens = diagnosis.lenses.find((entry) => entry.id === "ambition");
    expect(lens).toMatchObject({ score: 100, band: "strength", respondentCount: 3 });
    const statement = diagnosis.statements.find((entry) => entry.id === "ambition.inspiring");
    expect(statement).toMatchObject({ answerCount: 0, dontKnowCount: 1, score: null });
  });

  it.each([
    [75, "strength"],
    [74, "attention"],
    [50, "attention"],
    [49, "concern"],
  ])("puts a score of %i in the band %s", async (score, band) => {
    const { bandFor } = await import("./bands");
    expect(bandFor(score)).toBe(band);
  });

  it("reports 'not enough answers' instead of a number when too few respondents scored a lens", () => {
    const diagnosis = diagnose(
      smallScan([{ "ambition.shared-goal": 5, "ambition.side-issue": 1 }, { "people.agreements-trusted": 4 }, {}]),
    );
    expect(diagnosis.lenses.find((lens) => lens.id === "ambition")).toMatchObject({
      score: null,
      status: "insufficient",
    });
  });
});

describe("statements and disagreement", () => {
  it("computes the distribution, the spread and the gap between partners", () => {
    const diagnosis = diagnose(
      smallScan(
        [
          { "ambition.shared-goal": 5 },
          { "ambition.shared-goal": 5 },
          { "ambition.shared-goal": 4 },
          { "ambition.shared-goal": 1 },
          { "ambition.shared-goal": 2 },
          { "ambition.shared-goal": 1 },
        ],
        (index) => (index < 3 ? "p1" : "p2"),
      ),
    );
    const statement = diagnosis.statements.find((entry) => entry.id === "ambition.shared-goal");
    // Partner one: 100, 100, 75 → 91.7; partner two: 0, 25, 0 → 8.3; gap 83.3.
    expect(statement).toMatchObject({
      distribution: [2, 1, 0, 1, 2],
      partnerGap: 83,
      isSplit: true,
      isContested: true,
    });
    expect(diagnosis.contested[0]).toMatchObject({
      statementId: "ambition.shared-goal",
      partnersDiffer: true,
      highest: { partnerId: "p1", score: 92, mean: 4.67 },
      lowest: { partnerId: "p2", score: 8, mean: 1.33 },
    });
    expect(diagnosis.agenda[0]?.question.nl).toContain(
      "Eén en Twee beantwoorden ‘De partners hebben samen onder woorden gebracht wat zij met deze samenwerking willen bereiken’ verschillend: gemiddeld 4,7 tegenover 1,3 op 5.",
    );
  });

  it("finds no disagreement when everybody gives the same answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 3 }), (level, position) => {
        const diagnosis = diagnose(
          buildScan(
            "full",
            [
              { name: "A", respondents: 3, profile: { level, position, desired: position } },
              { name: "B", respondents: 4, profile: { level, position, desired: position } },
            ],
            { variation: false },
          ),
        );
        expect(diagnosis.contested).toEqual([]);
        expect(
          diagnosis.statements.every((statement) => !statement.isContested && (statement.partnerGap ?? 0) === 0),
        ).toBe(true);
        expect(diagnosis.lenses.every((lens) => lens.consensus === "consensus")).toBe(true);
        expect(diagnosis.paradoxes.every((paradox) => !paradox.isContested)).toBe(true);
      }),
      propertyRuns(20),
    );
  });
});

describe("paradoxes", () => {
  it("maps positions to −1…+1 and reports the gap, openness and one-sidedness", () => {
    const diagnosis = diagnose(
      buildScan(
        "full",
        [
          {
            name: "A",
            respondents: 3,
            profile: { positions: { "paradox.central-vs-local": -3 }, desired: 0, openness: 2 },
          },
        ],
        {
          variation: false,
        },
      ),
    );
    expect(diagnosis.paradoxes.find((paradox) => paradox.id === "paradox.central-vs-local")).toMatchObject({
      current: -1,
      desired: 0,
      gap: 1,
      openness: 25,
      spread: 0,
      oneSidedness: 1,
      isOneSided: true,
    });
  });
});

describe("anonymity", () => {
  it("reports nothing when fewer people answered than the threshold", () => {
    const diagnosis = diagnose(buildScan("quick", [{ name: "A", respondents: 2 }]));
    expect(diagnosis.isSuppressed).toBe(true);
    expect(diagnosis.lenses.every((lens) => lens.score === null && lens.status === "suppressed")).toBe(true);
    expect(diagnosis.statements.every((statement) => statement.score === null && statement.distribution === null)).toBe(
      true,
    );
    expect(diagnosis.agenda).toEqual([]);
  });

  it("shows a self-assessment, chosen at creation, everything", () => {
    const diagnosis = diagnose(buildScan("quick", [{ name: "A", respondents: 1 }], { reportingMode: "self" }));
    expect(diagnosis.isSelfAssessment).toBe(true);
    expect(diagnosis.lenses.every((lens) => lens.score !== null)).toBe(true);
    expect(diagnosis.partners[0]?.suppressed).toBe(false);
  });

  it("never treats one respondent of a group scan as a self-assessment", () => {
    const diagnosis = diagnose(buildScan("quick", [{ name: "A", respondents: 1 }]));
    expect(diagnosis.isSelfAssessment).toBe(false);
    expect(diagnosis.isSuppressed).toBe(true);
    expect(diagnosis.lenses.every((lens) => lens.score === null)).toBe(true);
    expect(diagnosis.partners[0]?.status).toBe("held-back");
  });

  it("hides a partner with fewer respondents than the threshold, and never shows it a number", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (sizes, level) => {
          const diagnosis = diagnose(
            buildScan(
              "quick",
              sizes.map((respondents, index) => ({
                name: `P${index}`,
                respondents,
                profile: { level: ((level + index) % 5) + 1 },
              })),
            ),
          );
          diagnosis.partners.forEach((partner, index) => {
            if ((sizes[index] ?? 0) >= 3) return;
            expect(partner.suppressed).toBe(true);
            const figures = [
              ...Object.values(partner.lenses),
              ...Object.values(partner.statements),
              ...Object.values(partner.paradoxes),
            ];
            expect(figures.every((value) => value === null)).toBe(true);
          });
          for (const problem of diagnosis.problems) {
            for (const evidence of problem.evidence) {
              for (const entry of evidence.partners)
                expect(sizes[Number(entry.partnerId.slice(1)) - 1]).toBeGreaterThanOrEqual(3);
            }
          }
        },
      ),
      propertyRuns(50),
    );
  });
});

describe("invariants", () => {
  it("keeps every score in range, whatever the answers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 3, maxLength: 12 }), (levels) => {
        const diagnosis = diagnose(
          buildScan(
            "full",
            levels.map((level, index) => ({
              name: `P${index}`,
              respondents: 1 + (index % 4),
              profile: { level, position: (level % 7) - 3 },
            })),
          ),
        );
        for (const lens of diagnosis.lenses) if (lens.score !== null) expect(lens.score).toBeGreaterThanOrEqual(0);
        for (const lens of diagnosis.lenses) if (lens.score !== null) expect(lens.score).toBeLessThanOrEqual(100);
        for (const paradox of diagnosis.paradoxes) {
          if (paradox.current !== null) expect(Math.abs(paradox.current)).toBeLessThanOrEqual(1);
        }
        for (const problem of diagnosis.problems) expect(problem.strength).toBeGreaterThanOrEqual(POSSIBLE_FROM);
        for (const problem of diagnosis.problems) expect(problem.strength).toBeLessThanOrEqual(1);
      }),
      propertyRuns(30),
    );
  });

  it("does not depend on the order of the respondents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        const input = buildScan("full", [
          { name: "A", respondents: 4, profile: { level: 2, position: -2 } },
          { name: "B", respondents: 5, profile: { level: 4, position: 1 } },
          { name: "C", respondents: 3, profile: { level: 5, levels: { "people.dominance": 1 } } },
        ]);
        const shuffled = {
          ...input,
          respondents: [...input.respondents].sort(
            (a, b) =>
              ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7) ||
              (seed % 2 === 0 ? a.id.localeCompare(b.id) : b.id.localeCompare(a.id)),
          ),
        };
        expect(diagnose(shuffled)).toEqual(diagnose(input));
      }),
      propertyRuns(20),
    );
  });

  it("treats a reversed statement as the mirror image of a plain one", () => {
    const agreeWithNegative = diagnose(
      buildScan("quick", [{ name: "A", respondents: 3, profile: { levels: { "ambition.side-issue": 1 } } }], {
        variation: false,
      }),
    );
    const disagreeWithPositive = diagnose(
      buildScan("quick", [{ name: "A", respondents: 3, profile: { levels: { "ambition.shared-goal": 1 } } }], {
        variation: false,
      }),
    );
    const score = (diagnosis: typeof agreeWithNegative, id: string) =>
      diagnosis.statements.find((s) => s.id === id)?.score;
    expect(score(agreeWithNegative, "ambition.side-issue")).toBe(0);
    expect(score(disagreeWithPositive, "ambition.shared-goal")).toBe(0);
    expect(answersFor("quick", { levels: { "ambition.side-issue": 1 } })["ambition.side-issue"]).toBe(5);
  });
});

describe("templates and rounds", () => {
  it("diagnoses the quick and full templates at the scale midpoint", () => {
    for (const variant of ["quick", "full"] as const) {
      const diagnosis = diagnose(templateInput(variant));
      expect(diagnosis.lenses.every((lens) => lens.score === 50)).toBe(true);
      expect(diagnosis.partners.every((partner) => !partner.suppressed)).toBe(true);
    }
  });
});

describe("a lone small partner", () => {
  it("is left out of every figure, so the overall minus the visible partners reveals nothing", () => {
    const groups = [
      { name: "Groot", respondents: 5, profile: { level: 4 } },
      { name: "Ook groot", respondents: 4, profile: { level: 2 } },
    ];
    const withSmall = diagnose(
      buildScan("full", [...groups, { name: "Klein", respondents: 2, profile: { level: 1, position: 3 } }]),
    );
    const without = diagnose(buildScan("full", groups));
    expect(withSmall.lenses.map((lens) => lens.score)).toEqual(without.lenses.map((lens) => lens.score));
    expect(withSmall.statements.map((statement) => statement.distribution)).toEqual(
      without.statements.map((statement) => statement.distribution),
    );
    expect(withSmall.paradoxes.map((paradox) => paradox.current)).toEqual(
      without.paradoxes.map((paradox) => paradox.current),
    );
    expect(withSmall.partners.map((partner) => [partner.name, partner.suppressed, partner.status])).toEqual([
      ["Groot", false, "shown"],
      ["Ook groot", false, "shown"],
      ["Klein", true, "held-back"],
    ]);
    // Both large partners stay visible: no extra partner has to be hidden to protect the small one.
    expect(withSmall.partners[0]?.lenses.ambition).not.toBeNull();
    expect(withSmall.partners[1]?.lenses.ambition).not.toBeNull();
  });

  it("stays in the overall when the small partners together reach the threshold", () => {
    const diagnosis = diagnose(
      buildScan("quick", [
        { name: "Groot", respondents: 5 },
        { name: "Klein A", respondents: 2 },
        { name: "Klein B", respondents: 1 },
      ]),
    );
    expect(diagnosis.partners.map((partner) => partner.status)).toEqual(["shown", "pooled", "pooled"]);
    expect(diagnosis.pool?.respondents).toBe(3);
    expect(diagnosis.lenses[0]?.respondentCount).toBe(8);
  });
});
