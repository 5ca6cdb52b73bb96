import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { buildScan } from "./testing/scan-builder";

describe("the background step in the results", () => {
  it("names the prevailing trust mode per partner and whether partners share their motives", () => {
    const input = buildScan("full", [
      { name: "Gemeente", respondents: 4, profile: { raw: { "context.trust-mode": 0, "context.motive.external": 5 } } },
      { name: "Zorg", respondents: 5, profile: { raw: { "context.trust-mode": 3, "context.motive.external": 1 } } },
    ]);
    const { background, partners } = diagnose(input);
    expect(background.trustModes?.groups[partners[0]?.id ?? ""]).toBe(0);
    expect(background.trustModes?.groups[partners[1]?.id ?? ""]).toBe(3);
    expect(background.trustModes?.counts).toEqual({ 0: 4, 1: 0, 2: 0, 3: 5 });
    expect(background.trustModes?.prevailing).toBe(3);
    const external = background.motives.find((motive) => motive.id === "context.motive.external");
    expect(external?.groups).toEqual({ [partners[0]?.id ?? ""]: 100, [partners[1]?.id ?? ""]: 0 });
    expect(external?.isShared).toBe(false);
  });

  it("names no prevailing trust mode for a partner of three, where it would give away the others' choices", () => {
    const input = buildScan("full", [
      { name: "Gemeente", respondents: 3, profile: { raw: { "context.trust-mode": 0 } } },
      { name: "Zorg", respondents: 4, profile: { raw: { "context.trust-mode": 3 } } },
    ]);
    const { background, partners } = diagnose(input);
    expect(background.trustModes?.groups[partners[0]?.id ?? ""]).toBeNull();
    expect(background.trustModes?.groups[partners[1]?.id ?? ""]).toBe(3);
  });

  it("tells a tie between trust modes from too few answers to name one", () => {
    const input = buildScan("full", [
      { name: "Gemeente", respondents: 4, profile: { raw: { "context.trust-mode": 0 } } },
      { name: "Zorg", respondents: 4, profile: { raw: { "context.trust-mode": 3 } } },
      { name: "Wonen", respondents: 4, profile: { raw: { "context.trust-mode": null } } },
    ]);
    const { background, partners } = diagnose(input);
    // Four choose one mode, four another: a tie overall; the third partner did not answer the question.
    expect(background.trustModes?.prevailing).toBeNull();
    expect(background.trustModes?.undecided.overall).toBe("tied");
    expect(background.trustModes?.groups[partners[2]?.id ?? ""]).toBeNull();
    expect(background.trustModes?.undecided.groups).toEqual({ [partners[2]?.id ?? ""]: "too-few" });
  });

  it("says nothing about the background in a quick scan, which does not ask it", () => {
    expect(diagnose(buildScan("quick", [{ name: "A", respondents: 3 }])).background).toEqual({
      trustModes: null,
      motives: [],
    });
  });

  it("reads a negatively worded statement in its own direction: agreeing is a high mean and a low score", () => {
    const input = buildScan("quick", [{ name: "A", respondents: 3, profile: { raw: { "ambition.side-issue": 5 } } }], {
      variation: false,
    });
    const sideIssue = diagnose(input).statements.find((statement) => statement.id === "ambition.side-issue");
    expect(sideIssue).toMatchObject({ mean: 5, agreeShare: 100, score: 0 });
  });
});
