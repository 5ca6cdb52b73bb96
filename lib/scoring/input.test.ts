import { describe, expect, it } from "vitest";
import { parseScanInput } from "./input";
import { templateInput } from "./template";

/** Sets a value deep inside a JSON-like object, as a damaged file would have it. */
function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  const last = path[path.length - 1];
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  if (last !== undefined) node[last] = value;
}

describe("parseScanInput", () => {
  it("accepts the templates", () => {
    expect(parseScanInput(templateInput("quick")).ok).toBe(true);
    expect(parseScanInput(templateInput("full")).ok).toBe(true);
  });

  it.each([
    [
      "an answer outside the scale",
      ["respondents", 0, "answers", "ambition.shared-goal"],
      7,
      "respondents[0].answers.ambition.shared-goal",
      "outside the item's scale",
    ],
    [
      "an item of another variant",
      ["respondents", 1, "answers", "ambition.shared-problem"],
      3,
      "respondents[1].answers.ambition.shared-problem",
      "not an item of the quick scan",
    ],
    [
      "an unknown partner",
      ["respondents", 2, "partnerId"],
      "nope",
      "respondents[2].partnerId",
      'unknown partner "nope"',
    ],
    [
      "a duplicate respondent",
      ["respondents", 1, "id"],
      "partner-a-respondent-1",
      "respondents[1].id",
      "duplicate respondent id",
    ],
    ["a wrong type", ["scan", "anonymityThreshold"], "3", "scan.anonymityThreshold", ""],
    ["an unknown variant", ["scan", "variant"], "medium", "scan.variant", ""],
    ["another instrument", ["instrument", "id"], "other", "instrument.id", ""],
  ] as const)("rejects %s and names the field", (_case, at, value, path, message) => {
    const input = structuredClone(templateInput("quick"));
    setAt(input, [...at], value);
    const result = parseScanInput(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toContain(path);
    expect(result.issues.find((issue) => issue.path === path)?.message).toContain(message);
  });
});
