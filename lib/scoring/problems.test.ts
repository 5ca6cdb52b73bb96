import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findProblem, problems, ROLES } from "../../content";
import { layoutFor } from "./aggregate";
import { computeCore } from "./core";
import { diagnose } from "./diagnose";
import { assessProblem } from "./differential/assess-problem";
import { countChoices } from "./differential/choice-counts";
import { planForInput } from "./disclosure/plan-for-input";
import type { ScanInput } from "./input";
import { CLEAR_FROM, POSSIBLE_FROM } from "./problems";
import { templateInput } from "./template";
import { propertyRuns } from "./testing/property-runs";
import { generateScan, type ScenarioSpec } from "./testing/scenarios/generate";
import { seededRandom } from "./testing/seeded-random";

/**
 * The differential rules: a core signal must hold, strength is a depth not
 * a count, counter-indications lower it or rule it out in favour of a
 * reported neighbour, look-alikes that exclude each other are never both
 * reported, and each reported problem says why its nearest look-alike is
 * less likely.
 */
const network = (count = 4): ScenarioSpec["partners"] =>
  ["Gemeente", "Zorggroep", "Woonstichting", "Welzijn", "Provincie"]
    .slice(0, count)
    .map((name) => ({ name, size: [4, 6] as [number, number] }));

function strengthOf(problemId: string, input: ScanInput): number {
  const plan = planForInput(input);
  const core = computeCore(input, layoutFor(input), plan);
  const problem = findProblem(problemId);
  if (!problem) throw new Error(problemId);
  return assessProblem(problem, core, countChoices(input, plan)).strength;
}

/** Four partners of five, each rating 2, 3 or 4 at random (choices at random too): uniformly mediocre. */
function aroundTheMiddle(seed: number): ScanInput {
  const next = seededRandom(seed);
  const input = templateInput("full");
  const partners = ["a", "b", "c", "d"].map((letter) => ({ id: letter, name: `Partner ${letter}` }));
  const respondents = Array.from({ length: 20 }, (_, index) => ({
    id: `r${index}`,
    partnerId: partners[index % 4]?.id ?? null,
    role: ROLES[index % 3] ?? null,
    release: null,
    answers: Object.fromEntries(
      Object.entries(input.respondents[0]?.answers ?? {}).map(([id, value]) => [
        id,
        id === "context.trust-mode" || id === "context.tenure"
          ? Math.floor(next() * 4)
          : id.endsWith(".current") || id.endsWith(".desired")
            ? value
            : 2 + Math.floor(next() * 3),
      ]),
    ),
  }));
  return { ...input, partners, respondents };
}

const ids = (input: ScanInput) => diagnose(input).problems.map((problem) => problem.id);

describe("the differential diagnosis", () => {
  it("reports nothing for a collaboration that works, whatever the people and the noise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 3, max: 5 }), (seed, count) => {
        expect(ids(generateScan({ variant: "full", base: 4.0, partners: network(count) }, seed))).toEqual([]);
      }),
      propertyRuns(15),
    );
  });

  it("reports nothing as clear where everyone answers around the middle", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const diagnosis = diagnose(aroundTheMiddle(seed));
        expect(diagnosis.problems.filter((problem) => problem.confidence === "clear")).toEqual([]);
      }),
      propertyRuns(15),
    );
  });

  it("needs a core signal: supporting evidence alone reports nothing", () => {
    const input = generateScan(
      {
        variant: "full",
        base: 3.8,
        noise: 0.4,
        levels: { "people.open-disagreement": 1.5, "interests.issues-postponed": 3.8 },
        positions: { "paradox.prevent-vs-value-conflict": -2.5 },
        openness: { "paradox.prevent-vs-value-conflict": 1.5 },
        partners: network(),
      },
      1,
    );
    expect(ids(input)).not.toContain("problem.sham-collaboration");
  });

  it("grows with how far the defining statements lie below neutral, not with how many signals fire", () => {
    const at = (level: number) =>
      strengthOf(
        "problem.double-loyalty",
        generateScan(
          { variant: "full", base: 3.8, noise: 0.3, levels: { "people.mandate": level }, partners: network() },
          7,
        ),
      );
    const strengths = [3.0, 2.5, 2.0, 1.5, 1.0].map(at);
    expect(strengths[0]).toBe(0);
    for (let index = 1; index < strengths.length; index++) {
      expect(strengths[index]).toBeGreaterThanOrEqual(strengths[index - 1] ?? 0);
    }
    expect(strengths[strengths.length - 1]).toBeGreaterThanOrEqual(CLEAR_FROM);
  });

  it("is weaker where a counter-indication holds: the same faces at the table argue against instability", () => {
    const spec = (tenure: number): ScenarioSpec => ({
      variant: "full",
      base: 3.6,
      noise: 0.5,
      levels: { "people.sponsors-changed": 1.8, "people.turnover": tenure === 3 ? 4.5 : 3.0 },
      tenure: { code: tenure, share: 0.9 },
      partners: network(),
    });
    expect(strengthOf("problem.personnel-instability", generateScan(spec(3), 3))).toBeLessThan(
      strengthOf("problem.personnel-instability", generateScan(spec(1), 3)),
    );
  });

  it("rules out a perspective that fades when it was never shared, and says why", () => {
    const input = generateScan(
      {
        variant: "full",
        base: 3.6,
        noise: 0.5,
        levels: {
          "ambition.shared-goal": 1.6,
          "ambition.different-stories": 1.8,
          "ambition.less-drive": 1.8,
          "ambition.inspiring": 2.0,
        },
        partners: network(),
      },
      2,
    );
    const diagnosis = diagnose(input);
    expect(diagnosis.problems.map((problem) => problem.id)).toContain("problem.no-shared-ambition");
    expect(diagnosis.problems.map((problem) => problem.id)).not.toContain("problem.fading-perspective");
    const ambition = diagnosis.problems.find((problem) => problem.id === "problem.no-shared-ambition");
    expect(ambition?.lessLikely[0]?.problemId).toBe("problem.fading-perspective");
    expect(ambition?.reasoning.nl).toContain("‘Verwatering van het wenkende perspectief’ is minder waarschijnlijk");
    expect(ambition?.reasoning.nl).toMatch(/gemiddeld \d,\d op 5/);
  });

  it("never reports two problems that exclude each other, over many scans", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.double({ min: 1.5, max: 4, noNaN: true }),
        fc.double({ min: 1.5, max: 4, noNaN: true }),
        (seed, goal, drive) => {
          const reported = ids(
            generateScan(
              {
                variant: "full",
                base: 3.4,
                levels: { "ambition.shared-goal": goal, "ambition.less-drive": drive },
                partners: network(),
              },
              seed,
            ),
          );
          for (const id of reported) {
            for (const excluded of findProblem(id)?.differential.excludes ?? []) {
              expect(reported).not.toContain(excluded);
            }
          }
        },
      ),
      propertyRuns(20),
    );
  });

  it("keeps strength between 0 and 1, grades it clear or possible, and rests every problem on core evidence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 1.8, max: 4.2, noNaN: true }), (seed, base) => {
        const diagnosis = diagnose(generateScan({ variant: "full", base, noise: 1, partners: network() }, seed));
        for (const problem of diagnosis.problems) {
          expect(problem.strength).toBeGreaterThanOrEqual(POSSIBLE_FROM);
          expect(problem.strength).toBeLessThanOrEqual(1);
          expect(problem.confidence).toBe(problem.strength >= CLEAR_FROM ? "clear" : "possible");
          expect(problem.evidence.some((evidence) => evidence.role === "core")).toBe(true);
          for (const evidence of [...problem.evidence, ...problem.counterEvidence]) {
            expect(evidence.severity).toBeGreaterThan(0);
            expect(evidence.severity).toBeLessThanOrEqual(1);
          }
        }
      }),
      propertyRuns(20),
    );
  });

  it("counts every statement once per problem, however many failure factors it measures", () => {
    for (const problem of problems) {
      const { core, supporting } = problem.differential;
      const levelSignals = [...core, ...supporting].flatMap(({ signal }) =>
        signal.kind === "statement-low" || signal.kind === "statement-high" ? [signal.statementId] : [],
      );
      expect(new Set(levelSignals).size, problem.id).toBe(levelSignals.length);
      for (const { signal } of [...core, ...supporting]) {
        expect(["failure-factor", "lens-contested"], problem.id).not.toContain(signal.kind);
      }
    }
  });

  it("names its look-alikes and only rules out in favour of one of them", () => {
    for (const problem of problems) {
      const { lookAlikes, excludes, counter } = problem.differential;
      expect(lookAlikes.length, problem.id).toBeGreaterThan(0);
      for (const id of excludes) expect(lookAlikes, problem.id).toContain(id);
      for (const entry of counter) if (entry.pointsTo) expect(lookAlikes, problem.id).toContain(entry.pointsTo);
    }
  });
});
