import { describe, expect, it } from "vitest";
import { findStatement } from "../../content";
import { diagnose } from "./diagnose";
import type { ScanInput } from "./input";
import { cronbachAlpha, whyNoAlpha } from "./quality";
import { buildScan } from "./testing/scan-builder";
import { generateScan } from "./testing/scenarios/generate";
import { seededRandom } from "./testing/seeded-random";

/** Cronbach's α per lens and the share of "weet niet" per statement, from the released answers only. */
describe("measurement quality", () => {
  it.each([
    {
      rows: [
        [1, 2],
        [2, 1],
        [3, 4],
        [4, 3],
      ],
      alpha: 0.75,
      why: "two items, variance 5/3 each, covariance 1",
    },
    {
      rows: [
        [1, 2, 3],
        [2, 3, 4],
        [3, 4, 5],
        [4, 5, 6],
      ],
      alpha: 1,
      why: "items that move together perfectly",
    },
    {
      rows: [
        [2, 3],
        [3, 2],
      ],
      alpha: null,
      why: "no total variance: α is undefined",
    },
    { rows: [[1], [2]], alpha: null, why: "one item is no scale" },
  ])("computes α = $alpha: $why", ({ rows, alpha }) => {
    const result = cronbachAlpha(rows);
    if (alpha === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(alpha, 10);
  });

  it.each([
    { lens: { alpha: 0.81, respondents: 14, statements: 9 }, why: null },
    { lens: { alpha: null, respondents: 9, statements: 9 }, why: "too-few-respondents" },
    { lens: { alpha: null, respondents: 14, statements: 1 }, why: "one-statement" },
    { lens: { alpha: null, respondents: 14, statements: 9 }, why: "no-spread" },
  ] as const)("says why a lens has no α: $why", ({ lens, why }) => {
    expect(whyNoAlpha({ id: "ambition", ...lens }, { minRespondentsForAlpha: 10 })).toBe(why);
  });

  it("leaves out a 'weet niet' answer, not the respondent", () => {
    const complete = [
      [1, 2],
      [2, 1],
      [3, 4],
      [4, 3],
    ];
    // A fifth respondent who answered only the first item counts in its variance (now 1.25), not in the
    // covariance (still 1): α = 2 × (1 − (1.25 + 5/3) / (1.25 + 5/3 + 2)) ≈ 0.814, where dropping them gives 0.75.
    expect(cronbachAlpha([...complete, [2.5, null]])).toBeCloseTo(0.8136, 3);
    expect(cronbachAlpha([...complete, [null, null]])).toBe(cronbachAlpha(complete));
  });

  it("is high where people answer a lens consistently and low where they answer at random", () => {
    const next = seededRandom(7);
    const base = buildScan("full", [
      { name: "A", respondents: 8 },
      { name: "B", respondents: 8 },
    ]);
    const withAnswers = (answer: (personLevel: number, isReversed: boolean) => number): ScanInput => ({
      ...base,
      respondents: base.respondents.map((respondent, index) => ({
        ...respondent,
        answers: Object.fromEntries(
          Object.entries(respondent.answers).map(([id, value]) => [
            id,
            id.startsWith("people.") ? answer(1 + (index % 5), findStatement(id)?.isReversed ?? false) : value,
          ]),
        ),
      })),
    });
    const people = (input: ScanInput) => diagnose(input).quality.lenses.find((lens) => lens.id === "people")?.alpha;
    // Consistent: each person sees every aspect of the relations about equally well (a negatively worded
    // statement answered the other way round).
    const consistent = people(withAnswers((level, reversed) => (reversed ? 6 - level : level)));
    const random = people(withAnswers(() => 1 + Math.floor(next() * 5)));
    expect(consistent).toBeGreaterThan(0.9);
    expect(random).toBeLessThan(0.5);
  });

  it("gives no α below ten respondents, and flags a statement many cannot judge", () => {
    const few = diagnose(
      buildScan("full", [
        { name: "A", respondents: 3 },
        { name: "B", respondents: 4 },
      ]),
    );
    expect(few.quality.lenses.every((lens) => lens.alpha === null)).toBe(true);
    const input = generateScan(
      {
        variant: "full",
        partners: [
          { name: "A", size: 6 },
          { name: "B", size: 6 },
        ],
        unknowable: { "ambition.competition-checked": 0.6 },
      },
      3,
    );
    const quality = diagnose(input).quality;
    expect(quality.lenses.every((lens) => lens.alpha !== null)).toBe(true);
    const competition = quality.statements.find(
      (statement) => statement.statementId === "ambition.competition-checked",
    );
    expect(competition?.isFlagged).toBe(true);
    expect(competition?.dontKnowShare).toBeGreaterThanOrEqual(20);
    expect(quality.statements.filter((statement) => statement.isFlagged).length).toBeLessThan(5);
  });

  it("shows nothing while the answers are held back", () => {
    const held = diagnose(buildScan("full", [{ name: "A", respondents: 2 }]));
    expect(held.isSuppressed).toBe(true);
    expect(held.quality.lenses.every((lens) => lens.alpha === null && lens.respondents === 0)).toBe(true);
    expect(held.quality.statements.every((statement) => statement.dontKnowShare === null)).toBe(true);
  });
});
