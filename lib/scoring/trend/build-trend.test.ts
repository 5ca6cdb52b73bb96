import { describe, expect, it } from "vitest";
import { instrument, statements } from "../../../content";
import { itemsForVariant } from "../../instrument/items";
import { diagnose } from "../diagnose";
import type { ScanInput } from "../input";
import { buildScan, type GroupSpec } from "../testing/scan-builder";
import { buildTrend, lastChange, type TrendRound } from "./build-trend";

/** A round from groups of respondents; partner ids are made unique per round, keys name the same partner. */
function round(number: number, input: ScanInput, keys: Record<string, string> = {}): TrendRound {
  const id = (partnerId: string) => `round${number}-${partnerId}`;
  const renamed: ScanInput = {
    ...input,
    partners: input.partners.map((partner) => ({ ...partner, id: id(partner.id) })),
    respondents: input.respondents.map((respondent) => ({
      ...respondent,
      id: `round${number}-${respondent.id}`,
      partnerId: respondent.partnerId === null ? null : id(respondent.partnerId),
    })),
  };
  return {
    number,
    input: renamed,
    partnerKeys: new Map(input.partners.map((partner) => [id(partner.id), keys[partner.name] ?? partner.name])),
  };
}

const groups = (level: number): GroupSpec[] => [
  { name: "Gemeente", respondents: 4, profile: { level } },
  { name: "Provincie", respondents: 3, profile: { level: level === 2 ? 3 : 4 } },
];

describe("the trend across rounds", () => {
  it("shows each round's own figures when the rounds asked the same statements, with the change between them", () => {
    const first = buildScan("quick", groups(2));
    const second = buildScan("quick", groups(4));
    const trend = buildTrend([round(1, first), round(2, second)]);
    expect(trend.basis).toMatchObject({ isSameItems: true, leftOut: [], variantsDiffer: false, versionsDiffer: false });
    for (const [index, input] of [first, second].entries()) {
      const diagnosis = diagnose(input);
      for (const lens of diagnosis.lenses) {
        expect(trend.lenses.find((entry) => entry.id === lens.id)?.cells[index]).toEqual({
          value: lens.score,
          status: "shown",
        });
      }
      for (const [p, partner] of diagnosis.partners.entries()) {
        expect(trend.partners[p]?.rounds[index]?.lenses.ambition).toEqual({
          value: partner.lenses.ambition,
          status: "shown",
        });
        expect(trend.partners[p]?.rounds[index]?.submitted).toBe(partner.submitted);
      }
      for (const paradox of diagnosis.paradoxes) {
        expect(trend.paradoxes.find((entry) => entry.id === paradox.id)?.cells[index]?.value).toBe(paradox.current);
      }
      expect(trend.rounds[index]).toMatchObject({ number: index + 1, respondentCount: 7, submittedCount: 7 });
    }
    const ambition = trend.lenses.find((lens) => lens.id === "ambition");
    expect(lastChange(ambition?.cells ?? [])).toBe((ambition?.cells[1]?.value ?? 0) - (ambition?.cells[0]?.value ?? 0));
    expect(lastChange(ambition?.cells ?? [])).toBeGreaterThan(0);
  });

  it("compares a quick round with a full round on the statements both asked, and lists what it leaves out", () => {
    const quick = buildScan("quick", groups(3));
    const full = buildScan("full", groups(3));
    const trend = buildTrend([round(1, quick), round(2, full)]);
    const quickIds = itemsForVariant("quick", instrument.version).flatMap((item) =>
      item.kind === "statement" ? [item.id] : [],
    );
    const fullIds = itemsForVariant("full", instrument.version).flatMap((item) =>
      item.kind === "statement" ? [item.id] : [],
    );
    expect(trend.basis.statementIds).toEqual(quickIds);
    expect(trend.statements.map((statement) => statement.id)).toEqual(quickIds);
    expect(trend.basis).toMatchObject({ isSameItems: false, variantsDiffer: true, versionsDiffer: false });
    expect(trend.basis.leftOut).toEqual([{ round: 2, statementIds: fullIds.filter((id) => !quickIds.includes(id)) }]);
    // The full round's lens score rests on the quick statements: as if its people had answered the quick scan.
    const asQuick: ScanInput = {
      ...full,
      scan: { ...full.scan, variant: "quick" },
      respondents: full.respondents.map((respondent) => ({
        ...respondent,
        answers: Object.fromEntries(
          Object.entries(respondent.answers).filter(
            ([id]) => quickIds.includes(id) || !statements.some((statement) => statement.id === id),
          ),
        ),
      })),
    };
    const expected = diagnose(asQuick);
    for (const lens of expected.lenses) {
      expect(trend.lenses.find((entry) => entry.id === lens.id)?.cells[1]?.value).toBe(lens.score);
    }
  });

  it("says when rounds used different instrument versions", () => {
    const first = buildScan("quick", groups(3), { version: 1 });
    const second = buildScan("quick", groups(3), { version: 2 });
    expect(buildTrend([round(1, first), round(2, second)]).basis.versionsDiffer).toBe(true);
    expect(buildTrend([round(1, second), round(2, second)]).basis.versionsDiffer).toBe(false);
  });

  it("tells 'no response' from 'hidden', and a partner that joined or left from both", () => {
    const first = buildScan("quick", [
      { name: "Gemeente", respondents: 3 },
      { name: "Provincie", respondents: 2 },
      { name: "Waterschap", respondents: 2 },
      { name: "Corporatie", respondents: 0 },
    ]);
    const second = buildScan("quick", [
      { name: "Gemeente", respondents: 3 },
      { name: "Welzijn", respondents: 3 },
    ]);
    const trend = buildTrend([round(1, first), round(2, second)]);
    const statuses = Object.fromEntries(
      trend.partners.map((partner) => [
        partner.name,
        partner.rounds.map((entry) => [entry.status, entry.lenses.ambition.status, entry.submitted]),
      ]),
    );
    expect(statuses).toEqual({
      Gemeente: [
        ["shown", "shown", 3],
        ["shown", "shown", 3],
      ],
      // Too few on their own: their answers count among the other partners, which the trend leaves out.
      Provincie: [
        ["hidden", "hidden", 2],
        ["absent", "absent", null],
      ],
      Waterschap: [
        ["hidden", "hidden", 2],
        ["absent", "absent", null],
      ],
      Corporatie: [
        ["no-response", "no-response", 0],
        ["absent", "absent", null],
      ],
      Welzijn: [
        ["absent", "absent", null],
        ["shown", "shown", 3],
      ],
    });
    for (const partner of trend.partners) {
      for (const entry of partner.rounds) {
        if (entry.status !== "shown")
          expect(Object.values(entry.lenses).every((cell) => cell.value === null)).toBe(true);
      }
    }
  });

  it("shows nothing of a round without enough answers (hidden), and says 'no response' for one without any", () => {
    const few = buildScan("quick", [
      { name: "Gemeente", respondents: 2 },
      { name: "Provincie", respondents: 0 },
    ]);
    const none = buildScan("quick", [
      { name: "Gemeente", respondents: 0 },
      { name: "Provincie", respondents: 0 },
    ]);
    const trend = buildTrend([round(1, few), round(2, none)]);
    for (const lens of trend.lenses) {
      expect(lens.cells).toEqual([
        { value: null, status: "hidden" },
        { value: null, status: "no-response" },
      ]);
    }
    expect(trend.rounds.map((entry) => [entry.respondentCount, entry.submittedCount])).toEqual([
      [0, 2],
      [0, 0],
    ]);
    expect(lastChange(trend.lenses[0]?.cells ?? [])).toBeNull();
  });

  it("follows a renamed partner through the rounds and names it as the newest round does", () => {
    const first = buildScan("quick", groups(3));
    const second = buildScan("quick", [
      { name: "Gemeente Rivierstad", respondents: 4 },
      { name: "Provincie", respondents: 3 },
    ]);
    const trend = buildTrend([round(1, first, { Gemeente: "g" }), round(2, second, { "Gemeente Rivierstad": "g" })]);
    expect(trend.partners.map((partner) => [partner.name, partner.rounds.map((entry) => entry.status)])).toEqual([
      ["Gemeente Rivierstad", ["shown", "shown"]],
      ["Provincie", ["shown", "shown"]],
    ]);
  });
  it("quotes a negatively worded statement as worded: more people agreeing that agreements are not kept is a rising mean", () => {
    const unkept = (raw: number): GroupSpec[] =>
      ["Gemeente", "Provincie"].map((name) => ({
        name,
        respondents: 4,
        profile: { level: 4, raw: { "process.agreements-unkept": raw } },
      }));
    const trend = buildTrend([
      round(1, buildScan("full", unkept(2), { variation: false })),
      round(2, buildScan("full", unkept(4), { variation: false })),
    ]);
    const statement = trend.statements.find((entry) => entry.id === "process.agreements-unkept");
    expect(statement?.isReversed).toBe(true);
    // Answered 2 then 4 ("oneens", then "eens"): the favourable score falls from 75 to 25, the mean as worded rises.
    expect(statement?.cells).toEqual([
      { value: 75, status: "shown", mean: 2 },
      { value: 25, status: "shown", mean: 4 },
    ]);
    expect(lastChange(statement?.cells ?? [], (cell) => cell.mean)).toBe(2);
    expect(lastChange(statement?.cells ?? [])).toBe(-50);
    expect(trend.partners[0]?.rounds.map((entry) => entry.statements["process.agreements-unkept"])).toEqual([
      { value: 75, status: "shown", mean: 2 },
      { value: 25, status: "shown", mean: 4 },
    ]);
  });
});
