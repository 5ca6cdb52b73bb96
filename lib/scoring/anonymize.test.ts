import { describe, expect, it } from "vitest";
import { reportableInput } from "./anonymize";
import { diagnose } from "./diagnose";
import { buildScan } from "./testing/scan-builder";

describe("reportableInput", () => {
  const input = buildScan("quick", [
    { name: "Groot", respondents: 4, roles: ["executive", "manager", "manager", "manager"] },
    { name: "Klein", respondents: 2 },
  ]);

  it("leaves out a lone small partner and the roles that would point to one person", () => {
    const { input: safe, excludedPartners } = reportableInput(input);
    expect(excludedPartners).toEqual(new Set(["p2"]));
    expect(safe.respondents.map((respondent) => [respondent.partnerId, respondent.role])).toEqual([
      ["p1", null],
      ["p1", "manager"],
      ["p1", "manager"],
      ["p1", "manager"],
    ]);
  });

  it("keeps small partners that together reach the threshold, without their partner", () => {
    const pooled = buildScan("quick", [
      { name: "Groot", respondents: 4 },
      { name: "Klein A", respondents: 2 },
      { name: "Klein B", respondents: 1 },
    ]);
    const { input: safe, excludedPartners } = reportableInput(pooled);
    expect(excludedPartners.size).toBe(0);
    expect(safe.respondents.filter((respondent) => respondent.partnerId === null)).toHaveLength(3);
  });

  it("changes nothing when applied twice, and the diagnosis of the safe input has the same figures", () => {
    const once = reportableInput(input).input;
    expect(reportableInput(once).input).toEqual(once);
    const fromOriginal = diagnose(input);
    const fromSafe = diagnose(once);
    expect(fromSafe.lenses).toEqual(fromOriginal.lenses);
    expect(fromSafe.statements).toEqual(fromOriginal.statements);
    expect(fromSafe.problems).toEqual(fromOriginal.problems);
  });

  it("leaves a self-assessment as it is", () => {
    const single = buildScan("quick", [{ name: "Alleen", respondents: 1 }]);
    expect(reportableInput(single).input).toEqual(single);
  });
});
