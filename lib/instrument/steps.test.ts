import { describe, expect, it } from "vitest";
import { itemsForVariant } from "./items";
import { firstOpenStep, stepsFor } from "./steps";

describe("questionnaire steps", () => {
  it("asks every item of a variant exactly once, lens by lens, then paradoxes, background and review", () => {
    for (const variant of ["quick", "full"] as const) {
      const steps = stepsFor(variant);
      const asked = steps.flatMap((step) => step.items.map((item) => item.id));
      expect(asked.sort()).toEqual(
        itemsForVariant(variant)
          .map((item) => item.id)
          .sort(),
      );
      expect(steps[steps.length - 1]?.slug).toBe("controle");
    }
    expect(stepsFor("quick").map((step) => step.slug)).toEqual([
      "ambition",
      "interests",
      "people",
      "organisation",
      "process",
      "paradoxen",
      "controle",
    ]);
    expect(stepsFor("full").map((step) => step.slug)).toContain("achtergrond");
  });

  it("resumes at the first step with an unanswered item", () => {
    const ambition = stepsFor("quick")[0]?.items.map((item) => item.id) ?? [];
    const answers = Object.fromEntries(ambition.map((id) => [id, 3]));
    expect(firstOpenStep("quick", {}).slug).toBe("ambition");
    expect(firstOpenStep("quick", answers).slug).toBe("interests");
    const everything = Object.fromEntries(itemsForVariant("quick").map((item) => [item.id, null]));
    expect(firstOpenStep("quick", everything).slug).toBe("controle");
  });
});
