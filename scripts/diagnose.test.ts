import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/diagnose.ts", ...args], { encoding: "utf8" });

describe("npm run diagnose", () => {
  it("prints a template that it then diagnoses", () => {
    const template = execFileSync("npx", ["tsx", "scripts/diagnose.ts", "--template", "quick"], { encoding: "utf8" });
    const input = JSON.parse(template);
    expect(input.partners).toHaveLength(3);
    expect(input.respondents).toHaveLength(9);
    const file = join(mkdtempSync(join(tmpdir(), "diagnose-")), "scan.json");
    writeFileSync(file, template);
    const result = run(file);
    expect(result.status).toBe(0);
    const diagnosis = JSON.parse(result.stdout);
    expect(diagnosis.lenses.map((lens: { score: number }) => lens.score)).toEqual([50, 50, 50, 50, 50]);
    for (const key of ["lenses", "paradoxes", "problems", "partners", "contested", "advice", "agenda"]) {
      expect(diagnosis).toHaveProperty(key);
    }
  });

  it("names the offending field of invalid input and exits with 1", () => {
    const file = join(mkdtempSync(join(tmpdir(), "diagnose-")), "bad.json");
    const input = JSON.parse(
      execFileSync("npx", ["tsx", "scripts/diagnose.ts", "--template", "quick"], { encoding: "utf8" }),
    );
    input.respondents[4].answers["people.dominance"] = 9;
    writeFileSync(file, JSON.stringify(input));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("respondents[4].answers.people.dominance: value 9 is outside the item's scale");
  });

  it("explains a file that is not JSON", () => {
    const file = join(mkdtempSync(join(tmpdir(), "diagnose-")), "broken.json");
    writeFileSync(file, "{ not json");
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("is not valid JSON");
  });
});

describe("the documented JSON Schema", () => {
  it("is the one generated from the zod schema", () => {
    const generated = execFileSync("npx", ["tsx", "scripts/diagnose.ts", "--schema"], { encoding: "utf8" });
    const committed = readFileSync("docs/scan-input.schema.json", "utf8");
    expect(JSON.parse(committed)).toEqual(JSON.parse(generated));
  });
});
