import { describe, expect, it } from "vitest";
import { findStatement } from "../../content";
import { narrative } from "./narrative";
import { REVERSED_ID, twoCampsDiagnosis } from "./testing/two-camps";
import { exportTranslator } from "./translator";

describe("narrative", () => {
  const diagnosis = twoCampsDiagnosis();
  const story = narrative(diagnosis, "nl", exportTranslator("nl"));

  it("counts only the partners whose answers count, not one held back for anonymity", () => {
    expect(story.standsOut[0]).toBe("6 ingevulde vragenlijsten van 2 partners tellen mee.");
  });

  it("names the range of the lenses, strongest and weakest, on the favourable scale it says it uses", () => {
    const scores = diagnosis.lenses.map((lens) => lens.score ?? 0);
    expect(story.standsOut[1]).toContain(
      `van ${Math.min(...scores)} tot ${Math.max(...scores)} van 100 (hoger is gunstiger)`,
    );
  });

  it("gives each partner's mean as worded where partners differ, and marks a negatively worded statement", () => {
    const difference = story.differences.find((entry) => entry.statement === findStatement(REVERSED_ID)?.text.nl);
    expect(difference).toEqual({
      statement: findStatement(REVERSED_ID)?.text.nl,
      isReversed: true,
      figures: "Gemeente Apeldoorn 1,0 · Zorggroep Veluwezoom 5,0",
    });
    expect(JSON.stringify(story)).not.toContain("Woonstichting");
  });
});
