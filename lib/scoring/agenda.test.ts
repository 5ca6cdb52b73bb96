import { describe, expect, it } from "vitest";
import { paradoxes } from "../../content";
import { diagnose } from "./diagnose";
import type { ScanInput } from "./input";
import { buildScan, type Profile } from "./testing/scan-builder";

/**
 * The agenda asks varied, specific questions: partners that answer a
 * statement differently are named with their figures as worded and a
 * question that fits the lens; "partners place the collaboration very
 * differently" only when the partners' own positions differ; a wanted
 * shift is named by the pole people want to leave, so it never asks for
 * more fear.
 */
const calm: Profile = { level: 4, position: 0, desired: 0, openness: 4 };

function fourPartners(profiles: Profile[], respondents = 4): ScanInput {
  return buildScan(
    "full",
    profiles.map((profile, index) => ({ name: `Partner ${index + 1}`, respondents, profile })),
    { variation: false },
  );
}

describe("the conversation agenda", () => {
  it("does not say partners place a paradox differently when only people within partners differ", () => {
    // Within every partner half lean far to one pole and half to the other: partner means all 0.
    const input = fourPartners([calm, calm, calm, calm]);
    const split = {
      ...input,
      respondents: input.respondents.map((respondent, index) => ({
        ...respondent,
        answers: { ...respondent.answers, "paradox.central-vs-local.current": index % 2 === 0 ? -3 : 3 },
      })),
    };
    const questions = diagnose(split).agenda.map((item) => item.question.nl);
    expect(questions.some((question) => question.startsWith("Partners plaatsen"))).toBe(false);
    expect(questions.some((question) => question.includes("dwars door de partners heen"))).toBe(true);
  });

  it("names the partners when their own positions differ", () => {
    const at = (position: number): Profile => ({ ...calm, positions: { "paradox.central-vs-local": position } });
    const questions = diagnose(fourPartners([at(-3), at(-2), at(2), at(3)])).agenda.map((item) => item.question.nl);
    expect(questions).toContainEqual(
      expect.stringMatching(/^Partners plaatsen .*: Partner 1 dichter bij ‘Centrale sturing’, Partner 4 dichter bij/),
    );
  });

  it("names a wanted shift by the pole people want to leave, never as more fear", () => {
    const fear = paradoxes.find((paradox) => paradox.poleA.name.nl.startsWith("Angst"));
    if (!fear) throw new Error("the paradox of the two fears");
    const wants = (current: number, desired: number): Profile => ({
      ...calm,
      positions: { [fear.id]: current },
      desired,
    });
    for (const [current, desired] of [
      [-3, 0],
      [3, 0],
    ] as const) {
      const shift = diagnose(fourPartners([0, 1, 2, 3].map(() => wants(current, desired)))).agenda.find(
        (item) => item.kind === "paradox-shift" && item.refId === fear.id,
      );
      expect(shift?.question.nl).toContain(`weg van ‘${current < 0 ? fear.poleA.name.nl : fear.poleB.name.nl}’`);
      expect(shift?.question.nl).not.toMatch(/meer richting/);
    }
  });

  it("asks a question that fits the lens of each statement partners answer differently", () => {
    const apart = (id: string, raw: number): Profile => ({ ...calm, raw: { [id]: raw } });
    const input = fourPartners([
      { ...calm, raw: { "ambition.shared-goal": 1, "organisation.roles-clear": 1 } },
      { ...calm, raw: { "ambition.shared-goal": 1, "organisation.roles-clear": 1 } },
      apart("ambition.shared-goal", 5),
      apart("ambition.shared-goal", 5),
    ]);
    const questions = diagnose(input).agenda.map((item) => item.question.nl);
    expect(questions).toContainEqual(expect.stringContaining("het doel dat jullie samen nastreven"));
    expect(questions).toContainEqual(expect.stringContaining("Welke afspraak of regeling"));
  });
});
