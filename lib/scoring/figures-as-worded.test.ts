import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import type { ScanInput } from "./input";
import { buildScan, type Profile } from "./testing/scan-builder";

/**
 * Wherever a generated text puts a figure beside a statement, it reads in
 * the statement's own direction: "Afspraken die we samen maken, worden vaak
 * niet uitgevoerd" answered "helemaal eens" by everyone is "5,0 op 5, 100%
 * eens", never a favourable score of 0.
 */
const UNKEPT = "Afspraken die we samen maken, worden vaak niet uitgevoerd";
const calm: Profile = { level: 4, position: 0, desired: 0, openness: 4 };

function everyoneAnswers(raw: number, partnersRaw?: number[]): ScanInput {
  const groups = ["Gemeente", "Zorggroep", "Woonstichting", "Welzijn"].map((name, index) => ({
    name,
    respondents: 4,
    profile: { ...calm, raw: { "process.agreements-unkept": partnersRaw?.[index] ?? raw } },
  }));
  return buildScan("full", groups, { variation: false });
}

/** Every sentence of the diagnosis that quotes the statement. */
function sentencesQuoting(input: ScanInput, text: string): string[] {
  const diagnosis = diagnose(input);
  const texts = [
    ...diagnosis.problems.flatMap((problem) => [
      problem.reasoning.nl,
      ...problem.evidence.map((evidence) => evidence.text.nl),
      ...problem.counterEvidence.map((evidence) => evidence.text.nl),
      ...problem.lessLikely.map((entry) => entry.reason.nl),
    ]),
    ...diagnosis.advice.flatMap((advice) => [advice.title.nl, advice.reasoning.nl]),
    ...diagnosis.agenda.map((item) => item.question.nl),
  ];
  return texts.flatMap((entry) => entry.split(/(?<=\.) /)).filter((sentence) => sentence.includes(text));
}

describe("figures beside a negatively worded statement", () => {
  it("quote what people answered: everyone agrees that agreements are not kept", () => {
    const quoted = sentencesQuoting(everyoneAnswers(5), UNKEPT);
    expect(quoted.length).toBeGreaterThan(0);
    for (const sentence of quoted) {
      expect(sentence).toContain("gemiddeld 5,0 op 5, 100% eens");
      expect(sentence).not.toMatch(/\b0 van 100\b/);
    }
  });

  it("put the partner that agrees with the text first, with its own mean", () => {
    // Two partners agree strongly that agreements are not kept, two disagree strongly.
    const quoted = sentencesQuoting(everyoneAnswers(3, [5, 5, 1, 1]), UNKEPT);
    const difference = quoted.find((sentence) => sentence.includes("verschillend"));
    expect(difference).toMatch(/^(Gemeente|Zorggroep) en (Woonstichting|Welzijn) beantwoorden/);
    expect(difference).toContain("gemiddeld 5,0 tegenover 1,0 op 5");
  });
});
