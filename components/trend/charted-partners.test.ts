import { describe, expect, it } from "vitest";
import { buildTrend } from "@/lib/scoring";
import { buildScan } from "@/lib/scoring/testing/scan-builder";
import { chartedPartners, type UnchartedWords, whyUncharted } from "./charted-partners";

const words: UnchartedWords = {
  status: {
    hidden: "verborgen",
    "no-response": "geen respons",
    absent: "deed niet mee",
    insufficient: "te weinig antwoorden",
  },
  everyRound: (status) => `${status} in elke ronde`,
  inRound: (round, status) => `ronde ${round}: ${status}`,
};

/** Two rounds with the municipality and the province shown, and the housing association too small to show in both. */
function trendOf(housingSecondRound: number) {
  const scan = (level: number, housing: number) =>
    buildScan(
      "quick",
      [
        { name: "Gemeente", respondents: 4, profile: { level } },
        { name: "Provincie", respondents: 3, profile: { level } },
        { name: "Woonstichting", respondents: housing, profile: { level } },
      ],
      { variation: false },
    );
  return buildTrend([
    { number: 1, input: scan(2, 1), partnerKeys: new Map() },
    { number: 2, input: scan(4, housingSecondRound), partnerKeys: new Map() },
  ]);
}

describe("the partners of a lens's trend chart", () => {
  it("draws only partners with a figure in some round, and names the one hidden in every round with why", () => {
    const { charted, uncharted } = chartedPartners(trendOf(1), "ambition");
    expect(charted.map((partner) => partner.name)).toEqual(["Gemeente", "Provincie"]);
    expect(uncharted.map((partner) => partner.name)).toEqual(["Woonstichting"]);
    expect(uncharted.map((partner) => whyUncharted(partner, [1, 2], words))).toEqual(["verborgen in elke ronde"]);
  });

  it("gives each round's reason when they differ: hidden in one, no response in the other", () => {
    const { uncharted } = chartedPartners(trendOf(0), "ambition");
    expect(uncharted.map((partner) => whyUncharted(partner, [1, 2], words))).toEqual([
      "ronde 1: verborgen, ronde 2: geen respons",
    ]);
  });

  it("keeps a partner's colour from the list of all partners, so it does not change from lens to lens", () => {
    const trend = trendOf(1);
    const { charted } = chartedPartners({ ...trend, partners: [...trend.partners].reverse() }, "ambition");
    expect(charted.map((partner) => [partner.name, partner.colourIndex])).toEqual([
      ["Provincie", 1],
      ["Gemeente", 2],
    ]);
  });
});
