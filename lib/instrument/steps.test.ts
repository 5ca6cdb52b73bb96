import { describe, expect, it } from "vitest";
import { instrument } from "../../content";
import { INSTRUMENT_VERSIONS, itemsForVariant } from "./items";
import { firstOpenStep, stepsFor } from "./steps";

const current = instrument.version;

describe("questionnaire steps", () => {
  it.each(INSTRUMENT_VERSIONS)(
    "asks every item of a variant of version %i exactly once, lens by lens, then paradoxes, background and review",
    (version) => {
      for (const variant of ["quick", "full"] as const) {
        const steps = stepsFor(variant, version);
        const asked = steps.flatMap((step) => step.items.map((item) => item.id));
        expect(asked.sort()).toEqual(
          itemsForVariant(variant, version)
            .map((item) => item.id)
            .sort(),
        );
        expect(steps[steps.length - 1]?.slug).toBe("controle");
      }
      expect(stepsFor("quick", version).map((step) => step.slug)).toEqual([
        "ambition",
        "interests",
        "people",
        "organisation",
        "process",
        "paradoxen",
        "controle",
      ]);
      expect(stepsFor("full", version).map((step) => step.slug)).toContain("achtergrond");
    },
  );

  it("keeps the questions of the version a scan started with", () => {
    const askedIn = (version: number) => stepsFor("full", version).flatMap((step) => step.items.map((item) => item.id));
    expect(askedIn(1)).toContain("organisation.contributions-clear");
    expect(askedIn(1)).not.toContain("process.say-yes-go-own-way");
    expect(askedIn(1)).not.toContain("context.tenure");
    expect(askedIn(2)).toContain("process.say-yes-go-own-way");
    expect(askedIn(2)).toContain("context.tenure");
    expect(askedIn(2)).not.toContain("organisation.contributions-clear");
  });

  it("resumes at the first step with an unanswered item", () => {
    const ambition = stepsFor("quick", current)[0]?.items.map((item) => item.id) ?? [];
    const answers = Object.fromEntries(ambition.map((id) => [id, 3]));
    expect(firstOpenStep("quick", current, {}).slug).toBe("ambition");
    expect(firstOpenStep("quick", current, answers).slug).toBe("interests");
    const everything = Object.fromEntries(itemsForVariant("quick", current).map((item) => [item.id, null]));
    expect(firstOpenStep("quick", current, everything).slug).toBe("controle");
  });
});
